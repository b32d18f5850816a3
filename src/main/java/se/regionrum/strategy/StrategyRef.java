package se.regionrum.strategy;

/**
 * A strategy as other modules see it (the follow-up dashboard).
 *
 * @param periodStart the first year of the strategy's period; {@code null} when not set
 */
public record StrategyRef(long id, String name, StrategyKind kind, long ownerOrganisationId, Integer periodStart,
		Integer periodEnd, StrategyStatus status, boolean published) {
}
