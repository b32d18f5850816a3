package se.regionrum.actors.person;

import java.time.LocalDate;
import java.util.List;

/** A row of the people list, the CSV export and the API's list. Erased people never appear. */
public record PersonSummary(long id, String firstName, String lastName, String email, String phone,
		Long organisationId, String organisationName, String title, List<Sector> sectors, boolean resourcePerson,
		String competenceAreas, boolean consentGiven, LocalDate consentDate, String consentPurpose) {

	public String name() {
		return firstName + " " + lastName;
	}

	PersonSummary withSectors(List<Sector> sectors) {
		return new PersonSummary(id, firstName, lastName, email, phone, organisationId, organisationName, title,
				sectors, resourcePerson, competenceAreas, consentGiven, consentDate, consentPurpose);
	}

}
