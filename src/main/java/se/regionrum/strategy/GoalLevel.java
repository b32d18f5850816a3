package se.regionrum.strategy;

/** The three levels of a strategy's goal hierarchy. */
public enum GoalLevel {
	/** Målområde: the broad areas a strategy is organised in. */
	GOAL_AREA,
	/** Mål. */
	GOAL,
	/** Långsiktig prioritering. */
	PRIORITY
}
