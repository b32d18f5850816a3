package se.regionrum.actors.person;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user types for a person on the page (the API binds {@link PersonRequest}). Rules that involve several
 * fields or other records (consent needs a date and a purpose, a resource person needs
 * competence areas, the organisation must exist) are checked by {@link PersonService}. The
 * flags are {@code Boolean} so that they may be left out (meaning no).
 */
public record PersonForm(
		@NotBlank(message = "{actors.person.firstName.required}") @Size(max = 100,
				message = "{actors.person.firstName.tooLong}") String firstName,
		@NotBlank(message = "{actors.person.lastName.required}") @Size(max = 100,
				message = "{actors.person.lastName.tooLong}") String lastName,
		@Email(message = "{actors.person.email.invalid}") @Size(max = 200,
				message = "{actors.person.email.tooLong}") String email,
		@Size(max = 40, message = "{actors.person.phone.tooLong}") @Pattern(regexp = "|[0-9 +()\\-]+",
				message = "{actors.person.phone.invalid}") String phone,
		Long organisationId,
		@Size(max = 200, message = "{actors.person.title.tooLong}") String title,
		List<Sector> sectors,
		Boolean resourcePerson,
		@Size(max = 1000, message = "{actors.person.competenceAreas.tooLong}") String competenceAreas,
		Boolean consentGiven,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentDate,
		@Size(max = 1000, message = "{actors.person.consentPurpose.tooLong}") String consentPurpose) {

	public static PersonForm empty(Long organisationId) {
		return new PersonForm("", "", "", "", organisationId, "", List.of(), false, "", false, null, "");
	}

	static PersonForm of(Person p, Set<Sector> sectors) {
		return new PersonForm(p.firstName(), p.lastName(), p.email(), p.phone(), p.organisationId(), p.title(),
				sectors.stream().sorted().toList(), p.resourcePerson(), p.competenceAreas(), p.consentGiven(),
				p.consentDate(), p.consentPurpose());
	}

	/** Absent (an API client leaving it out) means no. */
	boolean isResourcePerson() {
		return Boolean.TRUE.equals(resourcePerson);
	}

	/** Absent (an API client leaving it out) means no. */
	boolean hasConsent() {
		return Boolean.TRUE.equals(consentGiven);
	}

	Set<Sector> sectorSet() {
		Set<Sector> set = EnumSet.noneOf(Sector.class);
		if (sectors != null) {
			sectors.stream().filter(Objects::nonNull).forEach(set::add);
		}
		return set;
	}

}
