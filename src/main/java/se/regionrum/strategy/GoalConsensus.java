package se.regionrum.strategy;

/**
 * The responding organisations' stances on one goal in the latest consultation that included it.
 *
 * @param agreement how far they agree: CONSENSUS, SUPPORT_WITH_CHANGES, CONTESTED, DIVIDED or NO_STANCES
 *        (message key {@code strategy.agreement.<agreement>})
 */
public record GoalConsensus(long goalId, long consultationId, long supports, long supportsWithChanges, long opposes,
		long noView, String agreement) {
}
