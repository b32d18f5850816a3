package se.regionrum.strategy.strategy;

import java.util.Map;

import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;

/** Filter and sort order of the strategy list; every part is optional. */
public record StrategyFilter(String q, StrategyKind kind, StrategyStatus status, Long ownerId, String sort,
		String dir) {

	static final Map<String, String> SORT_COLUMNS = Map.of("name", "lower(s.name)", "kind", "s.kind", "status",
			"s.status", "period", "s.period_start", "adoptedOn", "s.adopted_on", "goals", "goal_count");

	public static StrategyFilter none() {
		return new StrategyFilter(null, null, null, null, null, null);
	}

	String orderBy() {
		String column = SORT_COLUMNS.getOrDefault(sort == null ? "name" : sort, "lower(s.name)");
		String direction = "desc".equalsIgnoreCase(dir) ? "desc" : "asc";
		return column + " " + direction + (column.equals("lower(s.name)") ? "" : ", lower(s.name)") + ", s.id";
	}

	public String sortOrDefault() {
		return sort != null && SORT_COLUMNS.containsKey(sort) ? sort : "name";
	}

	public boolean descending() {
		return "desc".equalsIgnoreCase(dir);
	}

}
