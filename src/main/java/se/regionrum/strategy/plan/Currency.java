package se.regionrum.strategy.plan;

/** Whether a municipality has a plan of a type that counts as current, only outdated ones, or none. */
public enum Currency {
	CURRENT, OUTDATED, MISSING
}
