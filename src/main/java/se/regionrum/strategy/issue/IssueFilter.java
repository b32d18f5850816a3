package se.regionrum.strategy.issue;

import java.util.Map;

/** Filter and sort order of the issue register; every part is optional. */
public record IssueFilter(String q, Answer placeBound, Answer regionalLevel, RegionRole regionRole, Long goalId,
		Long municipalityId, String sort, String dir) {

	static final Map<String, String> SORT_COLUMNS = Map.of("title", "lower(i.title)", "placeBound", "i.place_bound",
			"regionalLevel", "i.regional_level", "regionRole", "i.region_role", "updated", "i.updated_at", "goals",
			"goal_count");

	public static IssueFilter none() {
		return new IssueFilter(null, null, null, null, null, null, null, null);
	}

	String orderBy() {
		String column = SORT_COLUMNS.getOrDefault(sort == null ? "title" : sort, "lower(i.title)");
		String direction = "desc".equalsIgnoreCase(dir) ? "desc" : "asc";
		return column + " " + direction + (column.equals("lower(i.title)") ? "" : ", lower(i.title)") + ", i.id";
	}

	public String sortOrDefault() {
		return sort != null && SORT_COLUMNS.containsKey(sort) ? sort : "title";
	}

	public boolean descending() {
		return "desc".equalsIgnoreCase(dir);
	}

}
