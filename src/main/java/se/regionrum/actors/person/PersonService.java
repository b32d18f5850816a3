package se.regionrum.actors.person;

import static se.regionrum.platform.Text.blank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Role;

/**
 * Use cases on people. Every signed-in user may read them; administrators change everyone;
 * an editor changes only the people of their own organisation (moving a person needs both the
 * old and the new organisation); readers change nothing. The same rules hold for the personal
 * data export and the erasure.
 */
@Service
public class PersonService {

	static final String AUDIT_TYPE = "person";

	private final PersonRepository repository;

	private final PersonQueries queries;

	private final Permissions permissions;

	private final AuditLog audit;

	PersonService(PersonRepository repository, PersonQueries queries, Permissions permissions, AuditLog audit) {
		this.repository = repository;
		this.queries = queries;
		this.permissions = permissions;
		this.audit = audit;
	}

	public PageResult<PersonSummary> list(PersonFilter filter, int page, int size) {
		permissions.requireSignedIn();
		return queries.find(filter, Math.max(page, 0), Math.max(size, 0));
	}

	/** The whole filtered list for a CSV export; the export is audited (it holds personal data). */
	@Transactional
	public List<PersonSummary> exportList(PersonFilter filter) {
		List<PersonSummary> rows = list(filter, 0, 0).items();
		audit.event(AUDIT_TYPE, null, AuditAction.EXPORT, "audit.detail.peopleCsvExport", rows.size());
		return rows;
	}

	/** The people of one organisation, by name (not erased). */
	public List<PersonSummary> ofOrganisation(long organisationId) {
		return list(PersonFilter.ofOrganisation(organisationId), 0, 0).items();
	}

	public PersonDetails get(long id) {
		permissions.requireSignedIn();
		return details(find(id));
	}

	/** A person as other features (working groups) need one; empty when there is no such person. */
	public Optional<PersonRef> ref(long id) {
		permissions.requireSignedIn();
		return queries.ref(id);
	}

	/** People who may be chosen (not erased), of one organisation or, with null, of all. */
	public List<PersonRef> choosable(Long organisationId) {
		permissions.requireSignedIn();
		return queries.active(organisationId);
	}

	/** Whether the current user may change people of this organisation (shows or hides buttons). */
	public boolean canEdit(Long organisationId) {
		return permissions.canEdit(organisationId);
	}

	/** Whether the current user may add people at all: administrators and editors with an organisation. */
	public boolean canCreate() {
		return permissions.current().map(PersonService::mayCreate).orElse(false);
	}

	public void requireMayCreate() {
		if (!mayCreate(permissions.requireSignedIn())) {
			throw new AccessDeniedException("Not allowed to add people");
		}
	}

	public void requireMayEdit(long id) {
		permissions.requireEditorOf(find(id).organisationId());
	}

	private static boolean mayCreate(CurrentUser user) {
		return user.isAdmin() || (user.role() == Role.EDITOR && user.organisationId() != null);
	}

	@Transactional
	public PersonDetails create(PersonForm form) {
		requireMayCreate();
		requireOrganisationUnlessAdmin(form);
		permissions.requireEditorOf(form.organisationId());
		InvalidInputException.throwFirst(problems(form));
		Instant now = Instant.now();
		Person saved = repository.save(toEntity(null, null, form, now, now));
		Set<Sector> sectors = form.sectorSet();
		queries.replaceSectors(saved.id(), sectors);
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues(sectors));
		return details(saved);
	}

	@Transactional
	public PersonDetails update(long id, PersonForm form, Long expectedVersion) {
		Person before = find(id);
		permissions.requireEditorOf(before.organisationId());
		requireOrganisationUnlessAdmin(form);
		permissions.requireEditorOf(form.organisationId());
		if (before.erased()) {
			throw new InvalidInputException("firstName", "actors.person.erased.noChange");
		}
		InvalidInputException.throwFirst(problems(form));
		if (!Objects.equals(before.organisationId(), form.organisationId()) && queries.membershipCount(id) > 0) {
			throw new InvalidInputException("organisationId", "actors.person.organisationId.hasMemberships");
		}
		Set<Sector> sectorsBefore = queries.sectorsOf(id);
		Long version = expectedVersion != null ? expectedVersion : before.version();
		Person saved = repository.save(toEntity(id, version, form, before.createdAt(), Instant.now()));
		Set<Sector> sectors = form.sectorSet();
		queries.replaceSectors(id, sectors);
		audit.updated(AUDIT_TYPE, id, before.auditValues(sectorsBefore), saved.auditValues(sectors));
		return details(saved);
	}

	/**
	 * Deletes a person who is in no working group. A member must first be removed from the
	 * groups (or erased instead, which keeps the groups intact).
	 */
	@Transactional
	public void delete(long id) {
		Person before = find(id);
		permissions.requireEditorOf(before.organisationId());
		if (queries.membershipCount(id) > 0) {
			throw new InvalidInputException("id", "actors.person.delete.hasMemberships");
		}
		Set<Sector> sectors = queries.sectorsOf(id);
		queries.replaceSectors(id, Set.of());
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues(sectors));
	}

	/** Everything held about the person, as JSON; the export itself is audited. */
	@Transactional
	public PersonalData exportPersonalData(long id) {
		Person person = find(id);
		permissions.requireEditorOf(person.organisationId());
		PersonDetails details = details(person);
		PersonalData data = new PersonalData(Instant.now(), PersonalData.PersonData.of(details),
				details.memberships(), audit.entriesAbout(AUDIT_TYPE, id));
		audit.event(AUDIT_TYPE, id, AuditAction.EXPORT, "audit.detail.personalDataExport");
		return data;
	}

	/**
	 * Erasure on request: the person is anonymised (the row stays, so working groups keep their
	 * member), the values recorded in the audit log are forgotten, and the erasure is logged
	 * without any of the erased values.
	 */
	@Transactional
	public PersonDetails erase(long id) {
		Person before = find(id);
		permissions.requireEditorOf(before.organisationId());
		Person erased = repository.save(before.anonymised(Instant.now()));
		queries.replaceSectors(id, Set.of());
		audit.forgetValues(AUDIT_TYPE, id);
		audit.event(AUDIT_TYPE, id, AuditAction.ERASE, "audit.detail.personalDataErased");
		return details(erased);
	}

	/** Rules that need several fields or other records; all broken rules, field by field. */
	public List<InvalidInputException> problems(PersonForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.organisationId() == null && !permissions.isAdmin()) {
			problems.add(new InvalidInputException("organisationId", "actors.person.organisationId.required"));
		}
		if (form.organisationId() != null && queries.organisationName(form.organisationId()).isEmpty()) {
			problems.add(new InvalidInputException("organisationId", "actors.person.organisationId.unknown"));
		}
		if (form.isResourcePerson() && blank(form.competenceAreas()) == null) {
			problems.add(new InvalidInputException("competenceAreas", "actors.person.competenceAreas.required"));
		}
		if (form.hasConsent()) {
			if (form.consentDate() == null) {
				problems.add(new InvalidInputException("consentDate", "actors.person.consentDate.required"));
			}
			if (blank(form.consentPurpose()) == null) {
				problems.add(new InvalidInputException("consentPurpose", "actors.person.consentPurpose.required"));
			}
		}
		if (form.consentDate() != null && form.consentDate().isAfter(LocalDate.now())) {
			problems.add(new InvalidInputException("consentDate", "actors.person.consentDate.future"));
		}
		return problems;
	}

	/** Only administrators keep people without an organisation; an editor is told to choose one. */
	private void requireOrganisationUnlessAdmin(PersonForm form) {
		if (form.organisationId() == null && !permissions.isAdmin()) {
			throw new InvalidInputException("organisationId", "actors.person.organisationId.required");
		}
	}

	private Person find(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
	}

	private PersonDetails details(Person person) {
		return new PersonDetails(person, queries.sectorsOf(person.id()),
				queries.organisationName(person.organisationId()).orElse(null), queries.memberships(person.id()));
	}

	/** Without consent, no consent date or purpose is kept. */
	private static Person toEntity(Long id, Long version, PersonForm form, Instant created, Instant updated) {
		boolean consent = form.hasConsent();
		return new Person(id, version, form.firstName().trim(), form.lastName().trim(), blank(form.email()),
				blank(form.phone()), form.organisationId(), blank(form.title()), form.isResourcePerson(),
				form.isResourcePerson() ? blank(form.competenceAreas()) : null, consent,
				consent ? form.consentDate() : null, consent ? blank(form.consentPurpose()) : null, null, created,
				updated);
	}

}
