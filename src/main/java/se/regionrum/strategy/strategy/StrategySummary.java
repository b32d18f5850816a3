package se.regionrum.strategy.strategy;

import java.time.LocalDate;

import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;

/** A row of the strategy list. */
public record StrategySummary(long id, String name, StrategyKind kind, long ownerOrganisationId, String ownerName,
		Integer periodStart, Integer periodEnd, StrategyStatus status, LocalDate adoptedOn, boolean published,
		long goalCount) {

	public String period() {
		if (periodStart == null && periodEnd == null) {
			return "";
		}
		return (periodStart == null ? "" : periodStart.toString()) + "–" + (periodEnd == null ? "" : periodEnd.toString());
	}

}
