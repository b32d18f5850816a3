package se.regionrum.followup.method;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.dialogue.DialogueLookup;
import se.regionrum.initiatives.PracticeCases;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Role;

/**
 * Use cases on methods. Signed-in users read all methods; anonymous visitors read them only
 * inside a published handbook edition (404 here). Administrators change every method, editors
 * those their organisation owns.
 */
@Service
public class WorkingMethodService {

	static final String AUDIT_TYPE = "working_method";

	private final WorkingMethodRepository repository;

	private final Permissions permissions;

	private final AuditLog audit;

	private final DialogueLookup dialogue;

	private final PracticeCases practiceCases;

	private final ProgrammeNameQueries programmes;

	WorkingMethodService(WorkingMethodRepository repository, Permissions permissions, AuditLog audit,
			DialogueLookup dialogue, PracticeCases practiceCases, ProgrammeNameQueries programmes) {
		this.programmes = programmes;
		this.repository = repository;
		this.permissions = permissions;
		this.audit = audit;
		this.dialogue = dialogue;
		this.practiceCases = practiceCases;
	}

	public List<WorkingMethod> list() {
		requireReader();
		return repository.findAllByOrderByTitleAsc();
	}

	public WorkingMethod get(long id) {
		requireReader();
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Method", id));
	}

	/** Anonymous visitors find no method outside a published handbook. */
	private void requireReader() {
		if (!permissions.isSignedIn()) {
			throw new NotFoundException("Method", "any");
		}
	}

	public boolean canEdit(WorkingMethod method) {
		return permissions.canEdit(method.ownerOrganisationId());
	}

	/** Administrators and editors (for their own organisation) create methods; readers do not. */
	public void requireMayCreate() {
		CurrentUser user = permissions.requireSignedIn();
		if (!user.isAdmin() && !(user.role() == Role.EDITOR && user.organisationId() != null)) {
			throw new AccessDeniedException("Readers create no methods");
		}
	}

	public void requireEditor(long id) {
		permissions.requireEditorOf(get(id).ownerOrganisationId());
	}

	@Transactional
	public WorkingMethod create(WorkingMethodForm form) {
		requireMayCreate();
		permissions.requireEditorOf(form.getOwnerOrganisationId());
		InvalidInputException.throwFirst(problems(form));
		Instant now = Instant.now();
		WorkingMethod saved = repository.save(toEntity(null, null, form, now, now));
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public WorkingMethod update(long id, WorkingMethodForm form, Long expectedVersion) {
		WorkingMethod before = get(id);
		permissions.requireEditorOf(before.ownerOrganisationId());
		permissions.requireEditorOf(form.getOwnerOrganisationId());
		InvalidInputException.throwFirst(problems(form));
		WorkingMethod saved = repository.save(toEntity(id, expectedVersion != null ? expectedVersion : before.version(),
				form, before.createdAt(), Instant.now()));
		audit.updated(AUDIT_TYPE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	/**
	 * Deletes a method that no handbook draft uses (published editions keep their own copy); a
	 * method in a draft is refused, so a handbook never loses a chapter unnoticed.
	 */
	@Transactional
	public void delete(long id) {
		WorkingMethod before = get(id);
		permissions.requireEditorOf(before.ownerOrganisationId());
		if (repository.countHandbookChapters(id) > 0) {
			throw new InvalidInputException("method", "handbook.method.inUse");
		}
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues());
	}

	/** Rules beyond the fields' own, also for API callers: required texts, lengths and links that exist. */
	public List<InvalidInputException> problems(WorkingMethodForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.getTitle() == null || form.getTitle().isBlank()) {
			problems.add(new InvalidInputException("title", "handbook.method.title.required"));
		}
		else if (form.getTitle().length() > 300) {
			problems.add(new InvalidInputException("title", "validation.tooLong"));
		}
		if (form.getOwnerOrganisationId() == null) {
			problems.add(new InvalidInputException("ownerOrganisationId", "handbook.method.owner.required"));
		}
		if (form.getSummary() == null || form.getSummary().isBlank()) {
			problems.add(new InvalidInputException("summary", "handbook.method.summary.required"));
		}
		else if (form.getSummary().length() > 2000) {
			problems.add(new InvalidInputException("summary", "validation.tooLong"));
		}
		tooLong(problems, "whenToUse", form.getWhenToUse(), WorkingMethodForm.LONG);
		tooLong(problems, "steps", form.getSteps(), WorkingMethodForm.LONG);
		tooLong(problems, "roles", form.getRoles(), WorkingMethodForm.LONG);
		tooLong(problems, "timeNeeded", form.getTimeNeeded(), 300);
		tooLong(problems, "tips", form.getTips(), WorkingMethodForm.LONG);
		for (Long meeting : form.getMeetingIds()) {
			if (meeting == null || dialogue.meeting(meeting).isEmpty()) {
				problems.add(new InvalidInputException("meetingIds", "handbook.method.meetings.unknown"));
				break;
			}
		}
		for (Long practiceCase : form.getPracticeCaseIds()) {
			if (practiceCase == null || practiceCases.find(practiceCase).isEmpty()) {
				problems.add(new InvalidInputException("practiceCaseIds", "handbook.method.practiceCases.unknown"));
				break;
			}
		}
		for (Long programme : form.getProgrammeIds()) {
			if (programme == null || programmes.find(programme, !permissions.isSignedIn()).isEmpty()) {
				problems.add(new InvalidInputException("programmeIds", "handbook.method.programmes.unknown"));
				break;
			}
		}
		return problems;
	}

	/** Programmes to link to, for the form: for signed-in users (who choose links). */
	public List<Link> programmeChoices() {
		if (!permissions.isSignedIn()) {
			return List.of();
		}
		return programmes.all().stream().map(p -> new Link(p.id(), p.name(), p.path())).toList();
	}

	/** The programmes a method was used in, that the current user may see. */
	public List<Link> programmesOf(WorkingMethod method) {
		return method.linked(WorkingMethod.LinkKind.PROGRAMME).stream()
			.map(id -> programmes.find(id, !permissions.isSignedIn()))
			.flatMap(java.util.Optional::stream).map(p -> new Link(p.id(), p.name(), p.path())).toList();
	}

	/** Something a method links to, with its name and page. */
	public record Link(long id, String name, String path) {
	}

	private static void tooLong(List<InvalidInputException> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new InvalidInputException(field, "validation.tooLong"));
		}
	}

	static WorkingMethod toEntity(Long id, Long version, WorkingMethodForm form, Instant created, Instant updated) {
		Set<WorkingMethodLink> links = new LinkedHashSet<>();
		form.getMeetingIds().forEach(m -> links.add(new WorkingMethodLink(WorkingMethod.LinkKind.MEETING, m)));
		form.getPracticeCaseIds()
			.forEach(p -> links.add(new WorkingMethodLink(WorkingMethod.LinkKind.PRACTICE_CASE, p)));
		form.getProgrammeIds().forEach(p -> links.add(new WorkingMethodLink(WorkingMethod.LinkKind.PROGRAMME, p)));
		return new WorkingMethod(id, version, form.getTitle().strip(), form.getSummary().strip(),
				clean(form.getWhenToUse()), clean(form.getSteps()), clean(form.getRoles()), clean(form.getTimeNeeded()),
				clean(form.getTips()), form.getOwnerOrganisationId(), created, updated, links);
	}

	static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
