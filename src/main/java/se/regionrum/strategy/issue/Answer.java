package se.regionrum.strategy.issue;

/** An answer to one of the classification questions; an issue not yet assessed has none. */
public enum Answer {
	YES, PARTLY, NO;

	/** Yes or partly. */
	public boolean atLeastPartly() {
		return this == YES || this == PARTLY;
	}
}
