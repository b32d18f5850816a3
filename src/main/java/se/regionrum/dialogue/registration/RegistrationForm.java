package se.regionrum.dialogue.registration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The public registration form: the registrant, their organisation and colleagues from the same
 * organisation (the page offers three rows; the service registers at most
 * {@value #MAX_COLLEAGUES} and refuses the rest, each with a reason). A JavaBean so that a wrongly
 * typed value keeps the form. The API's body is {@link RegistrationRequest}, which makes this form.
 */
public class RegistrationForm {

	public static final int MAX_COLLEAGUES = 3;

	@NotBlank(message = "{dialogue.validation.name}")
	@Size(max = 200, message = "{dialogue.validation.tooLong}")
	private String name;

	@NotBlank(message = "{dialogue.validation.email}")
	@Email(message = "{dialogue.validation.email}")
	@Size(max = 200, message = "{dialogue.validation.tooLong}")
	private String email;

	@NotBlank(message = "{dialogue.validation.organisation}")
	@Size(max = 200, message = "{dialogue.validation.tooLong}")
	private String organisationName;

	private Long organisationId;

	@Size(max = 500, message = "{dialogue.validation.tooLong}")
	private String diet;

	@Valid
	private List<Colleague> colleagues = new ArrayList<>();

	// after the colleagues, as on the page: the error summary follows the order of the fields
	@AssertTrue(message = "{dialogue.validation.consent}")
	private boolean consent;

	public RegistrationForm() {
	}

	public RegistrationForm(String name, String email, String organisationName, Long organisationId, String diet,
			boolean consent) {
		this.name = name;
		this.email = email;
		this.organisationName = organisationName;
		this.organisationId = organisationId;
		this.diet = diet;
		this.consent = consent;
	}

	/** The form with empty colleague rows to fill in. */
	public static RegistrationForm empty() {
		RegistrationForm form = new RegistrationForm();
		form.padColleagues();
		return form;
	}

	public void padColleagues() {
		while (colleagues.size() < MAX_COLLEAGUES) {
			colleagues.add(new Colleague());
		}
	}

	/**
	 * The registrant first, then every colleague whose name was filled in (empty rows of the page
	 * are no one; a row with only an e-mail address or diet is a validation error).
	 */
	public List<Registrant> people() {
		List<Registrant> people = new ArrayList<>();
		people.add(new Registrant(name.strip(), email.strip(), diet));
		for (Colleague c : colleagues) {
			if (c != null && c.getName() != null && !c.getName().isBlank()) {
				String mail = c.getEmail() == null || c.getEmail().isBlank() ? email.strip() : c.getEmail().strip();
				people.add(new Registrant(c.getName().strip(), mail, c.getDiet()));
			}
		}
		return people;
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getOrganisationName() { return organisationName; }
	public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
	public Long getOrganisationId() { return organisationId; }
	public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
	public String getDiet() { return diet; }
	public void setDiet(String diet) { this.diet = diet; }
	public boolean isConsent() { return consent; }
	public void setConsent(boolean consent) { this.consent = consent; }
	public List<Colleague> getColleagues() { return colleagues; }
	public void setColleagues(List<Colleague> colleagues) { this.colleagues = colleagues == null ? new ArrayList<>() : colleagues; }

	/** A colleague registered by the registrant. */
	@Named
	public static class Colleague {

		@Size(max = 200, message = "{dialogue.validation.tooLong}")
		private String name;

		@Email(message = "{dialogue.validation.email}")
		@Size(max = 200, message = "{dialogue.validation.tooLong}")
		private String email;

		@Size(max = 500, message = "{dialogue.validation.tooLong}")
		private String diet;

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getEmail() { return email; }
		public void setEmail(String email) { this.email = email; }
		public String getDiet() { return diet; }
		public void setDiet(String diet) { this.diet = diet; }

	}

	/**
	 * A colleague row with an e-mail address or a diet needs a name, or the person would silently be
	 * no one. The error is reported on the row's name field.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = { NamedValidator.class, NamedRequestValidator.class })
	public @interface Named {

		String message() default "{dialogue.validation.colleagueName}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	static class NamedValidator implements ConstraintValidator<Named, Colleague> {

		@Override
		public boolean isValid(Colleague colleague, ConstraintValidatorContext context) {
			return colleague == null || named(colleague.getName(), colleague.getEmail(), colleague.getDiet(), context);
		}

	}

	/** The same rule for the API's colleague rows. */
	static class NamedRequestValidator implements ConstraintValidator<Named, RegistrationRequest.Colleague> {

		@Override
		public boolean isValid(RegistrationRequest.Colleague colleague, ConstraintValidatorContext context) {
			return colleague == null || named(colleague.name(), colleague.email(), colleague.diet(), context);
		}

	}

	private static boolean named(String name, String email, String diet, ConstraintValidatorContext context) {
		if (!blank(name) || (blank(email) && blank(diet))) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
			.addPropertyNode("name")
			.addConstraintViolation();
		return false;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
