package se.regionrum.actors.person;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person as API clients send it; the flags left out mean no. Rules that involve several fields
 * or other records are checked by {@link PersonService}.
 */
@Schema(description = "A person; resourcePerson and consentGiven left out mean no")
public record PersonRequest(
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
		LocalDate consentDate,
		@Size(max = 1000, message = "{actors.person.consentPurpose.tooLong}") String consentPurpose) {

	PersonForm toForm() {
		return new PersonForm(firstName, lastName, email, phone, organisationId, title, sectors, resourcePerson,
				competenceAreas, consentGiven, consentDate, consentPurpose);
	}

}
