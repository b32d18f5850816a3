package se.regionrum.strategy.plan;

import java.util.Set;

/**
 * Filter and sort order of the plan register; every part is optional.
 *
 * @param status CURRENT or OUTDATED today
 */
public record PlanFilter(String q, Long organisationId, Long typeId, Currency status, String sort, String dir) {

	static final Set<String> SORT_KEYS = Set.of("municipality", "type", "title", "adoptedOn");

	public static PlanFilter none() {
		return new PlanFilter(null, null, null, null, null, null);
	}

	public String sortOrDefault() {
		return sort != null && SORT_KEYS.contains(sort) ? sort : "municipality";
	}

	public boolean descending() {
		return "desc".equalsIgnoreCase(dir);
	}

}
