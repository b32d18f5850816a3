package se.regionrum.strategy;

import java.time.LocalDate;

/**
 * One plan type in a municipality's planning reality: whether it has a current plan, only
 * outdated ones, or none, and its latest adopted plan.
 *
 * @param state CURRENT, OUTDATED or MISSING
 * @param latestPlanId {@code null} when the municipality has no plan of the type
 */
public record PlanStatus(long planTypeId, String planTypeName, String planTypeNameEn, String state,
		Long latestPlanId, String latestTitle, LocalDate latestAdoptedOn) {

	public boolean current() {
		return "CURRENT".equals(state);
	}

}
