package se.regionrum.actors.person;

import java.util.Map;

/**
 * Filter and sort order of the people list; every part is optional. {@code resourcePerson}
 * and {@code consentGiven} filter only when set.
 */
public record PersonFilter(String q, Long organisationId, Sector sector, Boolean resourcePerson,
		Boolean consentGiven, String sort, String dir) {

	static final Map<String, String> SORT_COLUMNS = Map.of("name", "lower(p.last_name)", "organisation",
			"lower(o.name)", "title", "lower(p.title)", "email", "lower(p.email)", "resourcePerson",
			"p.resource_person", "consentGiven", "p.consent_given");

	public static PersonFilter none() {
		return new PersonFilter(null, null, null, null, null, null, null);
	}

	public static PersonFilter ofOrganisation(long organisationId) {
		return new PersonFilter(null, organisationId, null, null, null, null, null);
	}

	String orderBy() {
		String column = SORT_COLUMNS.getOrDefault(sortOrDefault(), "lower(p.last_name)");
		String direction = descending() ? "desc" : "asc";
		return column + " " + direction + " nulls last, lower(p.last_name), lower(p.first_name), p.id";
	}

	public String sortOrDefault() {
		return sort != null && SORT_COLUMNS.containsKey(sort) ? sort : "name";
	}

	public boolean descending() {
		return "desc".equalsIgnoreCase(dir);
	}

}
