package se.regionrum.followup.programme;

import java.util.Set;

/**
 * Filter and sort order of the programme list: status, a year the period covers, owner
 * organisation and strategy goal.
 */
public record ProgrammeFilter(ProgrammeStatus status, Integer year, Long owner, Long goal, String sort, String dir) {

	private static final Set<String> SORTS = Set.of("name", "start", "status");

	public static ProgrammeFilter none() {
		return new ProgrammeFilter(null, null, null, null, null, null);
	}

	public String sortOrDefault() {
		return sort != null && SORTS.contains(sort) ? sort : "start";
	}

	public boolean descending() {
		return sort == null ? true : "desc".equals(dir);
	}

}
