package se.regionrum.actors.workinggroup;

import java.util.Map;

/** Filter and sort order of the list of groups; every part is optional. */
public record WorkingGroupFilter(String q, WorkingGroupKind kind, Long ownerOrganisationId, String sort,
		String dir) {

	static final Map<String, String> SORT_COLUMNS = Map.of("name", "lower(g.name)", "kind", "g.kind", "owner",
			"lower(o.name)", "startedOn", "g.started_on", "endedOn", "g.ended_on", "members", "member_count");

	public static WorkingGroupFilter none() {
		return new WorkingGroupFilter(null, null, null, null, null);
	}

	String orderBy() {
		String column = SORT_COLUMNS.getOrDefault(sortOrDefault(), "lower(g.name)");
		return column + (descending() ? " desc" : " asc") + " nulls last, lower(g.name), g.id";
	}

	public String sortOrDefault() {
		return sort != null && SORT_COLUMNS.containsKey(sort) ? sort : "name";
	}

	public boolean descending() {
		return "desc".equalsIgnoreCase(dir);
	}

}
