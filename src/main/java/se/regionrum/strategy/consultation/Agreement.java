package se.regionrum.strategy.consultation;

/**
 * How far the responding organisations agree on a goal, from their stances (those with no view
 * are left out): all support it; all support it but some want changes; some oppose it (fewer
 * than a third of those with a view); or a third or more oppose it.
 */
public enum Agreement {
	CONSENSUS, SUPPORT_WITH_CHANGES, CONTESTED, DIVIDED, NO_STANCES;

	static Agreement of(long supports, long withChanges, long opposes) {
		long stated = supports + withChanges + opposes;
		if (stated == 0) {
			return NO_STANCES;
		}
		if (opposes == 0) {
			return withChanges == 0 ? CONSENSUS : SUPPORT_WITH_CHANGES;
		}
		return opposes * 3 < stated ? CONTESTED : DIVIDED;
	}
}
