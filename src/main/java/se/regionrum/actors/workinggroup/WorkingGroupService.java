package se.regionrum.actors.workinggroup;

import static se.regionrum.platform.Text.blank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.person.PersonRef;
import se.regionrum.actors.person.PersonService;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Role;

/**
 * Use cases on working groups and networks. Every signed-in user may read them; a group is
 * changed (members included) by administrators and by editors of its owner organisation;
 * handing a group over to another organisation needs both.
 */
@Service
public class WorkingGroupService {

	static final String AUDIT_TYPE = "working_group";

	private final WorkingGroupRepository repository;

	private final WorkingGroupQueries queries;

	private final PersonService people;

	private final Permissions permissions;

	private final AuditLog audit;

	WorkingGroupService(WorkingGroupRepository repository, WorkingGroupQueries queries, PersonService people,
			Permissions permissions, AuditLog audit) {
		this.repository = repository;
		this.queries = queries;
		this.people = people;
		this.permissions = permissions;
		this.audit = audit;
	}

	public PageResult<WorkingGroupSummary> list(WorkingGroupFilter filter, int page, int size) {
		permissions.requireSignedIn();
		return queries.find(filter, Math.max(page, 0), Math.max(size, 0));
	}

	/** Every group the filter selects with its members, for the CSV export. */
	public Map<Long, List<MemberView>> membersOf(WorkingGroupFilter filter) {
		permissions.requireSignedIn();
		return queries.membersOfFiltered(filter);
	}

	public WorkingGroupDetails get(long id) {
		permissions.requireSignedIn();
		WorkingGroup group = find(id);
		return new WorkingGroupDetails(group, queries.organisationName(group.ownerOrganisationId()).orElse(null),
				queries.memberViews(id));
	}

	public boolean canEdit(Long ownerOrganisationId) {
		return permissions.canEdit(ownerOrganisationId);
	}

	/** Administrators and editors with an organisation may start groups (editors for their own). */
	public boolean canCreate() {
		return permissions.current().map(WorkingGroupService::mayCreate).orElse(false);
	}

	public void requireMayCreate() {
		if (!mayCreate(permissions.requireSignedIn())) {
			throw new AccessDeniedException("Not allowed to create working groups");
		}
	}

	public void requireMayEdit(long id) {
		permissions.requireEditorOf(find(id).ownerOrganisationId());
	}

	private static boolean mayCreate(CurrentUser user) {
		return user.isAdmin() || (user.role() == Role.EDITOR && user.organisationId() != null);
	}

	@Transactional
	public WorkingGroupDetails create(WorkingGroupForm form) {
		requireMayCreate();
		permissions.requireEditorOf(form.ownerOrganisationId());
		InvalidInputException.throwFirst(problems(form));
		Instant now = Instant.now();
		WorkingGroup saved = repository.save(toEntity(null, null, form, now, now));
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues(List.of()));
		return get(saved.id());
	}

	@Transactional
	public WorkingGroupDetails update(long id, WorkingGroupForm form, Long expectedVersion) {
		WorkingGroup before = find(id);
		permissions.requireEditorOf(before.ownerOrganisationId());
		permissions.requireEditorOf(form.ownerOrganisationId());
		InvalidInputException.throwFirst(problems(form));
		List<Member> members = queries.members(id);
		Long version = expectedVersion != null ? expectedVersion : before.version();
		WorkingGroup saved = repository.save(toEntity(id, version, form, before.createdAt(), Instant.now()));
		audit.updated(AUDIT_TYPE, id, before.auditValues(members), saved.auditValues(members));
		return get(id);
	}

	@Transactional
	public void delete(long id) {
		WorkingGroup before = find(id);
		permissions.requireEditorOf(before.ownerOrganisationId());
		List<Member> members = queries.members(id);
		queries.deleteMembers(id);
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues(members));
	}

	@Transactional
	public WorkingGroupDetails addMember(long id, MemberForm form) {
		WorkingGroup group = find(id);
		permissions.requireEditorOf(group.ownerOrganisationId());
		List<Member> before = queries.members(id);
		List<InvalidInputException> problems = memberProblems(form, before);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		Member member = new Member(form.organisationId(), form.personId(), form.role());
		// Saving the group first takes its row lock and bumps the version: a concurrent change of
		// the same group waits and then fails instead of adding the same member twice.
		repository.save(group.touched(Instant.now()));
		queries.insertMember(id, member);
		List<Member> after = new ArrayList<>(before);
		after.add(member);
		audit.updated(AUDIT_TYPE, id, group.auditValues(before), group.auditValues(after));
		return get(id);
	}

	@Transactional
	public WorkingGroupDetails removeMember(long id, String key) {
		WorkingGroup group = find(id);
		permissions.requireEditorOf(group.ownerOrganisationId());
		long[] parts = Member.parseKey(key);
		Long personId = parts[1] < 0 ? null : parts[1];
		List<Member> before = queries.members(id);
		Member member = before.stream()
			.filter(m -> m.sameSeat(parts[0], personId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Member", key));
		repository.save(group.touched(Instant.now()));
		queries.deleteMember(id, member);
		List<Member> after = new ArrayList<>(before);
		after.remove(member);
		audit.updated(AUDIT_TYPE, id, group.auditValues(before), group.auditValues(after));
		return get(id);
	}

	/** Rules for a new member: the organisation exists, the person belongs to it, no seat twice. */
	public List<InvalidInputException> memberProblems(long id, MemberForm form) {
		return memberProblems(form, queries.members(id));
	}

	private List<InvalidInputException> memberProblems(MemberForm form, List<Member> current) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.organisationId() == null) {
			return problems;
		}
		if (queries.organisationName(form.organisationId()).isEmpty()) {
			problems.add(new InvalidInputException("organisationId", "actors.workingGroup.member.organisationId.unknown"));
			return problems;
		}
		if (form.personId() != null) {
			PersonRef person = people.ref(form.personId()).filter(p -> !p.erased()).orElse(null);
			if (person == null) {
				problems.add(new InvalidInputException("personId", "actors.workingGroup.member.personId.unknown"));
			}
			else if (!form.organisationId().equals(person.organisationId())) {
				problems.add(new InvalidInputException("personId",
						"actors.workingGroup.member.personId.wrongOrganisation"));
			}
		}
		if (current.stream().anyMatch(m -> m.sameSeat(form.organisationId(), form.personId()))) {
			problems.add(new InvalidInputException(form.personId() != null ? "personId" : "organisationId",
					"actors.workingGroup.member.duplicate"));
		}
		return problems;
	}

	/** Rules that need several fields or other records; all broken rules, field by field. */
	public List<InvalidInputException> problems(WorkingGroupForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.ownerOrganisationId() != null && queries.organisationName(form.ownerOrganisationId()).isEmpty()) {
			problems.add(new InvalidInputException("ownerOrganisationId",
					"actors.workingGroup.ownerOrganisationId.unknown"));
		}
		if (form.startedOn() != null && form.endedOn() != null && form.endedOn().isBefore(form.startedOn())) {
			problems.add(new InvalidInputException("endedOn", "actors.workingGroup.endedOn.beforeStart"));
		}
		return problems;
	}

	private WorkingGroup find(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Working group", id));
	}

	private static WorkingGroup toEntity(Long id, Long version, WorkingGroupForm form, Instant created,
			Instant updated) {
		return new WorkingGroup(id, version, form.name().trim(), form.kind(), blank(form.description()),
				form.ownerOrganisationId(), form.startedOn(), form.endedOn(), created, updated);
	}

}
