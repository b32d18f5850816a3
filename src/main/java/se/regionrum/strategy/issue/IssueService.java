package se.regionrum.strategy.issue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Text;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/**
 * The issue register. Anonymous visitors see published issues; signed-in users all. An issue is
 * changed by administrators and by editors of the organisation that registered it.
 */
@Service
public class IssueService {

	static final String AUDIT_TYPE = "issue";

	private final IssueRepository repository;

	private final IssueQueries queries;

	private final Goals goals;

	private final Organisations organisations;

	private final OrganisationDirectory directory;

	private final Permissions permissions;

	private final AuditLog audit;

	IssueService(IssueRepository repository, IssueQueries queries, Goals goals, Organisations organisations,
			OrganisationDirectory directory, Permissions permissions, AuditLog audit) {
		this.repository = repository;
		this.queries = queries;
		this.goals = goals;
		this.organisations = organisations;
		this.directory = directory;
		this.permissions = permissions;
		this.audit = audit;
	}

	/** An issue with what it is linked to, for its page and the API. */
	public record IssueDetails(Issue issue, String ownerName, List<GoalRef> goals, List<OrganisationRef> municipalities,
			List<Long> initiativeIds) {
	}

	public PageResult<IssueSummary> list(IssueFilter filter, int page, int size) {
		return queries.find(filter, !permissions.isSignedIn(), Math.max(page, 0), size);
	}

	/**
	 * The issues the current user may see, sorted by the answers: first by class (place-bound and
	 * regional first), within a class firm answers before partial ones, then by the region's role.
	 */
	public Map<IssueClass, List<IssueSummary>> classification(IssueFilter filter) {
		Map<IssueClass, List<IssueSummary>> classes = new EnumMap<>(IssueClass.class);
		for (IssueClass c : IssueClass.values()) {
			classes.put(c, new ArrayList<>());
		}
		list(filter, 0, 0).items().forEach(i -> classes.get(i.classification()).add(i));
		Comparator<IssueSummary> order = Comparator
			.comparing((IssueSummary i) -> i.placeBound() == null ? 9 : i.placeBound().ordinal())
			.thenComparing(i -> i.regionalLevel() == null ? 9 : i.regionalLevel().ordinal())
			.thenComparing(i -> i.regionRole() == null ? 9 : i.regionRole().ordinal())
			.thenComparing(IssueSummary::title, String.CASE_INSENSITIVE_ORDER);
		classes.values().forEach(list -> list.sort(order));
		return classes;
	}

	public Issue get(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Issue", id));
	}

	public Issue getVisible(long id) {
		Issue issue = get(id);
		if (!issue.published()) {
			permissions.requireSignedIn();
		}
		return issue;
	}

	public IssueDetails details(Issue issue) {
		Map<Long, GoalRef> linked = goals.findAll(queries.goalIds(issue.id()));
		List<GoalRef> goalList = linked.values().stream()
			.sorted(Comparator.comparing(GoalRef::strategyName).thenComparing(g -> g.code() == null ? "" : g.code()))
			.toList();
		Set<Long> municipalityIds = new HashSet<>(queries.municipalityIds(issue.id()));
		List<OrganisationRef> municipalities = organisations.municipalities().stream()
			.filter(m -> municipalityIds.contains(m.id()))
			.toList();
		String owner = organisations.find(issue.ownerOrganisationId()).map(OrganisationRef::name).orElse("");
		return new IssueDetails(issue, owner, goalList, municipalities, queries.initiativeIds(issue.id()));
	}

	public IssueForm formOf(Issue issue) {
		return new IssueForm(issue.title(), issue.description(), issue.ownerOrganisationId(), issue.placeBound(),
				issue.regionalLevel(), issue.regionRole(), issue.regionAspect(), issue.published(),
				queries.goalIds(issue.id()), queries.municipalityIds(issue.id()), null);
	}

	public boolean canEdit(Issue issue) {
		return permissions.canEdit(issue.ownerOrganisationId());
	}

	public void requireEditor(Issue issue) {
		permissions.requireEditorOf(issue.ownerOrganisationId());
	}

	/** Organisations the current user may register issues for: all for administrators, their own for editors. */
	public List<OrganisationDirectory.Option> ownerChoices() {
		CurrentUser user = permissions.requireSignedIn();
		if (user.isAdmin()) {
			return directory.all();
		}
		if (user.organisationId() == null || !user.canEdit(user.organisationId())) {
			throw new AccessDeniedException("Readers register no issues");
		}
		return directory.nameOf(user.organisationId())
					.map(name -> List.of(new OrganisationDirectory.Option(user.organisationId(), name)))
					.orElse(List.of());
	}

	/** Active goals grouped by strategy, for choosing the goals an issue concerns. */
	public Map<String, List<GoalRef>> goalChoices() {
		Map<String, List<GoalRef>> choices = new LinkedHashMap<>();
		queries.strategies(!permissions.isSignedIn()).forEach((id, name) -> {
			List<GoalRef> active = goals.ofStrategy(id).stream().filter(g -> !g.retired()).toList();
			if (!active.isEmpty()) {
				choices.put(name, active);
			}
		});
		return choices;
	}

	public Map<Long, String> strategiesForFilter() {
		return queries.strategies(!permissions.isSignedIn());
	}

	@Transactional
	public Issue create(IssueForm form) {
		permissions.requireEditorOf(form.getOwnerOrganisationId());
		InvalidInputException.throwFirst(problems(form, null));
		Instant now = Instant.now();
		Issue saved = repository.save(toEntity(null, null, form, now, now));
		Map<String, Object> values = saved.auditValues();
		values.putAll(saveLinks(saved.id(), form));
		audit.created(AUDIT_TYPE, saved.id(), values);
		return saved;
	}

	@Transactional
	public Issue update(long id, IssueForm form, Long expectedVersion) {
		Issue before = get(id);
		requireEditor(before);
		permissions.requireEditorOf(form.getOwnerOrganisationId());
		InvalidInputException.throwFirst(problems(form, id));
		Map<String, Object> old = before.auditValues();
		old.putAll(links(id));
		Issue saved = repository.save(toEntity(id, expectedVersion != null ? expectedVersion : before.version(), form,
				before.createdAt(), Instant.now()));
		Map<String, Object> now = saved.auditValues();
		now.putAll(saveLinks(id, form));
		audit.updated(AUDIT_TYPE, id, old, now);
		return saved;
	}

	@Transactional
	public void delete(long id) {
		Issue before = get(id);
		requireEditor(before);
		Map<String, Object> old = before.auditValues();
		old.putAll(links(id));
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, old);
	}

	private Map<String, Object> links(long id) {
		Map<String, Object> links = new LinkedHashMap<>();
		links.put("goalIds", queries.goalIds(id));
		links.put("municipalityIds", queries.municipalityIds(id));
		links.put("initiativeIds", queries.initiativeIds(id));
		return links;
	}

	private Map<String, Object> saveLinks(long id, IssueForm form) {
		queries.replaceLinks("issue_goal", "goal_id", id, distinct(form.getGoalIds()));
		queries.replaceLinks("issue_municipality", "organisation_id", id, distinct(form.getMunicipalityIds()));
		if (form.getInitiativeIds() != null) {
			queries.replaceLinks("issue_initiative", "initiative_id", id, distinct(form.getInitiativeIds()));
		}
		return links(id);
	}

	private static List<Long> distinct(List<Long> ids) {
		Set<Long> set = new LinkedHashSet<>(ids == null ? List.of() : ids);
		set.remove(null);
		return set.stream().sorted().toList();
	}

	/** Every broken rule across fields or records, for showing them all at once. */
	public List<InvalidInputException> problems(IssueForm form, Long id) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.getOwnerOrganisationId() != null && organisations.find(form.getOwnerOrganisationId()).isEmpty()) {
			problems.add(new InvalidInputException("ownerOrganisationId", "strategy.issue.owner.unknown"));
		}
		if (form.getRegionRole() != null && form.getRegionalLevel() == Answer.NO) {
			problems.add(new InvalidInputException("regionRole", "strategy.issue.regionRole.notRegional"));
		}
		List<Long> goalIds = distinct(form.getGoalIds());
		if (!goalIds.isEmpty()) {
			Set<Long> linkedBefore = new HashSet<>(id == null ? List.of() : queries.goalIds(id));
			Map<Long, GoalRef> found = goals.findAll(goalIds);
			if (found.size() != goalIds.size()) {
				problems.add(new InvalidInputException("goalIds", "strategy.issue.goal.unknown"));
			}
			else if (found.values().stream().anyMatch(g -> g.retired() && !linkedBefore.contains(g.id()))) {
				problems.add(new InvalidInputException("goalIds", "strategy.issue.goal.retired"));
			}
		}
		List<Long> municipalityIds = distinct(form.getMunicipalityIds());
		if (!municipalityIds.isEmpty()) {
			Set<Long> known = new HashSet<>();
			organisations.municipalities().forEach(m -> known.add(m.id()));
			if (!known.containsAll(municipalityIds)) {
				problems.add(new InvalidInputException("municipalityIds", "strategy.issue.municipality.unknown"));
			}
		}
		return problems;
	}

	static Issue toEntity(Long id, Long version, IssueForm form, Instant created, Instant updated) {
		return new Issue(id, version, form.getTitle().trim(), Text.blank(form.getDescription()),
				form.getOwnerOrganisationId(), form.getPlaceBound(), form.getRegionalLevel(), form.getRegionRole(),
				Text.blank(form.getRegionAspect()), form.isPublished(), created, updated);
	}

}
