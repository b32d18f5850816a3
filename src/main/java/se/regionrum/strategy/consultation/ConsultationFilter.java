package se.regionrum.strategy.consultation;

/** Filter and sort order of the consultation list; every part is optional. */
public record ConsultationFilter(String q, Long strategyId, ConsultationPhase phase, String sort, String dir) {

	public static ConsultationFilter none() {
		return new ConsultationFilter(null, null, null, null, null);
	}

	String orderBy() {
		String key = sort == null || !ConsultationQueries.SORT_COLUMNS.containsKey(sort) ? "opensOn" : sort;
		String column = ConsultationQueries.SORT_COLUMNS.get(key);
		boolean desc = sort == null ? true : "desc".equalsIgnoreCase(dir);
		return column + (desc ? " desc" : " asc") + ", c.id desc";
	}

	public String sortOrDefault() {
		return sort != null && ConsultationQueries.SORT_COLUMNS.containsKey(sort) ? sort : "opensOn";
	}

	public boolean descending() {
		return sort == null || "desc".equalsIgnoreCase(dir);
	}

}
