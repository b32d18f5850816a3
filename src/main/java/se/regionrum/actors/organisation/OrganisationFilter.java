package se.regionrum.actors.organisation;

import java.util.Map;

import se.regionrum.actors.OrganisationKind;

/** Filter and sort order of the organisation list; every part is optional. */
public record OrganisationFilter(String q, OrganisationKind kind, String countyCode, String sort, String dir) {

	static final Map<String, String> SORT_COLUMNS = Map.of("name", "lower(o.name)", "kind", "o.kind", "scbCode",
			"o.scb_code", "population", "o.population", "people", "people_count");

	public static OrganisationFilter none() {
		return new OrganisationFilter(null, null, null, null, null);
	}

	String orderBy() {
		String column = SORT_COLUMNS.getOrDefault(sort == null ? "name" : sort, "lower(o.name)");
		String direction = "desc".equalsIgnoreCase(dir) ? "desc" : "asc";
		return column + " " + direction + (column.equals("lower(o.name)") ? "" : ", lower(o.name)") + ", o.id";
	}

	public String sortOrDefault() {
		return sort != null && SORT_COLUMNS.containsKey(sort) ? sort : "name";
	}

	public boolean descending() {
		return "desc".equalsIgnoreCase(dir);
	}

}
