package se.regionrum.dialogue.registration;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A registration as API clients send it: the registrant, their organisation and colleagues from
 * the same organisation (at most {@value RegistrationForm#MAX_COLLEAGUES} are registered, the rest
 * refused with a reason). The same rules as the page's {@link RegistrationForm}.
 */
@Schema(description = "A registration: the registrant, their organisation and colleagues")
record RegistrationRequest(
		@NotBlank(message = "{dialogue.validation.name}") @Size(max = 200, message = "{dialogue.validation.tooLong}") String name,
		@NotBlank(message = "{dialogue.validation.email}") @Email(message = "{dialogue.validation.email}") @Size(max = 200, message = "{dialogue.validation.tooLong}") String email,
		@NotBlank(message = "{dialogue.validation.organisation}") @Size(max = 200, message = "{dialogue.validation.tooLong}") String organisationName,
		Long organisationId,
		@Size(max = 500, message = "{dialogue.validation.tooLong}") String diet,
		List<@Valid Colleague> colleagues,
		@AssertTrue(message = "{dialogue.validation.consent}") boolean consent) {

	RegistrationForm toForm() {
		RegistrationForm form = new RegistrationForm(name, email, organisationName, organisationId, diet, consent);
		if (colleagues != null) {
			colleagues.stream().map(c -> c == null ? null : c.toForm()).forEach(form.getColleagues()::add);
		}
		return form;
	}

	/** A colleague registered by the registrant. */
	@RegistrationForm.Named
	record Colleague(
			@Size(max = 200, message = "{dialogue.validation.tooLong}") String name,
			@Email(message = "{dialogue.validation.email}") @Size(max = 200, message = "{dialogue.validation.tooLong}") String email,
			@Size(max = 500, message = "{dialogue.validation.tooLong}") String diet) {

		RegistrationForm.Colleague toForm() {
			RegistrationForm.Colleague colleague = new RegistrationForm.Colleague();
			colleague.setName(name);
			colleague.setEmail(email);
			colleague.setDiet(diet);
			return colleague;
		}

	}

}
