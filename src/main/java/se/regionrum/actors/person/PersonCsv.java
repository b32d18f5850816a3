package se.regionrum.actors.person;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import se.regionrum.platform.CsvExport;

/** The people list as CSV, in the columns of the list plus contact and consent details. */
final class PersonCsv {

	static final List<String> COLUMNS = List.of("id", "first_name", "last_name", "email", "phone", "organisation",
			"title", "sectors", "resource_person", "competence_areas", "consent_given", "consent_date",
			"consent_purpose");

	private PersonCsv() {
	}

	static void write(List<PersonSummary> people, OutputStream out) throws IOException {
		List<List<?>> rows = people.stream()
			.<List<?>>map(p -> Arrays.asList(p.id(), p.firstName(), p.lastName(), p.email(), p.phone(),
					p.organisationName(), p.title(),
					p.sectors().stream().map(Enum::name).collect(Collectors.joining(", ")), p.resourcePerson(),
					p.competenceAreas(), p.consentGiven(), p.consentDate(), p.consentPurpose()))
			.toList();
		CsvExport.write(out, COLUMNS, rows);
	}

}
