package se.regionrum.initiatives.initiative;

import java.util.Map;

import se.regionrum.initiatives.FundingSource;
import se.regionrum.initiatives.InitiativeLevel;
import se.regionrum.initiatives.InitiativeStatus;

/**
 * Filter and sort order of the initiative list, the map and the exports; every part is optional.
 * A goal filter includes the goals and priorities under it.
 */
public record InitiativeFilter(String q, Long municipality, Theme theme, InitiativeStatus status, Long goal,
		InitiativeLevel level, FundingSource source, Boolean practiceCase, Boolean pilot, Long owner, String sort,
		String dir) {

	static final Map<String, String> SORT_COLUMNS = Map.of("title", "lower(i.title)", "status", "i.status", "level",
			"i.level", "updated", "i.updated_at", "start", "i.start_year");

	public static InitiativeFilter none() {
		return new InitiativeFilter(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public static InitiativeFilter ofMunicipality(long municipalityId) {
		return new InitiativeFilter(null, municipalityId, null, null, null, null, null, null, null, null, null, null);
	}

	public InitiativeFilter withGoalAndMunicipality(Long goalId, Long municipalityId) {
		return new InitiativeFilter(q, municipalityId, theme, status, goalId, level, source, practiceCase, pilot, owner,
				sort, dir);
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

	public boolean isEmpty() {
		return (q == null || q.isBlank()) && municipality == null && theme == null && status == null && goal == null
				&& level == null && source == null && practiceCase == null && pilot == null && owner == null;
	}

}
