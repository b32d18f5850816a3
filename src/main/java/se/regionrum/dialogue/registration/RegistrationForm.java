package se.regionrum.dialogue.registration;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The public registration form: the registrant, their organisation and up to three colleagues
 * from the same organisation. A JavaBean so that a wrongly typed value keeps the form.
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

	/** The registrant first, then the colleagues whose name was filled in. */
	public List<Person> people() {
		List<Person> people = new ArrayList<>();
		people.add(new Person(name.strip(), email.strip(), diet));
		for (Colleague c : colleagues.stream().limit(MAX_COLLEAGUES).toList()) {
			if (c.getName() != null && !c.getName().isBlank()) {
				String mail = c.getEmail() == null || c.getEmail().isBlank() ? email.strip() : c.getEmail().strip();
				people.add(new Person(c.getName().strip(), mail, c.getDiet()));
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

}
