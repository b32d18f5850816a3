package se.regionrum.strategy.issue;

/**
 * Where the answers to the first two questions put an issue. The first class is what seed 004
 * asks the region to find: place-bound issues that need work at regional level.
 */
public enum IssueClass {
	/** Place-bound and needs regional level (yes or partly to both): the region's issue. */
	REGIONAL_TERRITORIAL,
	/** Needs regional level but is not place-bound: a sector issue. */
	REGIONAL_SECTORAL,
	/** Place-bound but handled locally: the municipality's issue. */
	LOCAL_TERRITORIAL,
	/** Neither place-bound nor regional. */
	OTHER,
	/** One of the questions is not yet answered. */
	NOT_ASSESSED;

	static IssueClass of(Answer placeBound, Answer regionalLevel) {
		if (placeBound == null || regionalLevel == null) {
			return NOT_ASSESSED;
		}
		if (regionalLevel.atLeastPartly()) {
			return placeBound.atLeastPartly() ? REGIONAL_TERRITORIAL : REGIONAL_SECTORAL;
		}
		return placeBound.atLeastPartly() ? LOCAL_TERRITORIAL : OTHER;
	}
}
