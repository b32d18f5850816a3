package se.regionrum.indicators.indicator;

import java.util.Set;

import se.regionrum.indicators.IndicatorSource;

/** Filter and sort order of the indicator list: source, strategy goal and a search text. */
public record IndicatorFilter(IndicatorSource source, Long goal, String q, String sort, String dir) {

	private static final Set<String> SORTS = Set.of("name", "code", "source", "unit", "lastYear");

	public static IndicatorFilter none() {
		return new IndicatorFilter(null, null, null, null, null);
	}

	public String sortOrDefault() {
		return sort != null && SORTS.contains(sort) ? sort : "name";
	}

	public boolean descending() {
		return "desc".equals(dir);
	}

	String text() {
		return q == null || q.isBlank() ? null : q.strip();
	}

}
