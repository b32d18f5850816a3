package se.regionrum.actors.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person in the actors register: a contact at an organisation, possibly a resource person
 * with competence areas, with their consent to be contacted. Sectors live in
 * {@code person_sector} and are read and written by {@link PersonQueries} in the same
 * transaction (an explicit {@code @MappedCollection(idColumn = ...)} would be quoted and break
 * on H2).
 * <p>
 * An erased person ({@code erasedAt} set) keeps only the row and its organisation, so that
 * working groups stay intact; everything identifying is gone.
 */
@Table
public record Person(@Id Long id, @Version Long version, String firstName, String lastName, String email,
		String phone, Long organisationId, String title, boolean resourcePerson, String competenceAreas,
		boolean consentGiven, LocalDate consentDate, String consentPurpose, Instant erasedAt, Instant createdAt,
		Instant updatedAt) {

	static final String ERASED_FIRST_NAME = "Raderad";

	static final String ERASED_LAST_NAME = "person";

	public boolean erased() {
		return erasedAt != null;
	}

	public String name() {
		return firstName + " " + lastName;
	}

	/** The same person with everything identifying removed. */
	Person anonymised(Instant now) {
		return new Person(id, version, ERASED_FIRST_NAME, ERASED_LAST_NAME, null, null, organisationId, null, false,
				null, false, null, null, now, createdAt, now);
	}

	Map<String, Object> auditValues(Collection<Sector> sectors) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("firstName", firstName);
		values.put("lastName", lastName);
		values.put("email", email);
		values.put("phone", phone);
		values.put("organisationId", organisationId);
		values.put("title", title);
		values.put("sectors", sectors.stream().sorted().toList());
		values.put("resourcePerson", resourcePerson);
		values.put("competenceAreas", competenceAreas);
		values.put("consentGiven", consentGiven);
		values.put("consentDate", consentDate);
		values.put("consentPurpose", consentPurpose);
		return values;
	}

}
