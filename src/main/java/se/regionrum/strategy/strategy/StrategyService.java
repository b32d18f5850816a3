package se.regionrum.strategy.strategy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationKind;
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
import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;

/**
 * Use cases on strategies. Anonymous visitors see published strategies only; signed-in users
 * see all. A strategy is changed by administrators and by editors of its owner organisation
 * (the region for the regional strategy, a municipality for its own).
 */
@Service
public class StrategyService {

	static final String AUDIT_TYPE = "strategy";

	private final StrategyRepository repository;

	private final StrategyQueries queries;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Organisations organisations;

	private final OrganisationDirectory directory;

	private final JdbcClient jdbc;

	StrategyService(StrategyRepository repository, StrategyQueries queries, Permissions permissions, AuditLog audit,
			Organisations organisations, OrganisationDirectory directory, JdbcClient jdbc) {
		this.repository = repository;
		this.queries = queries;
		this.permissions = permissions;
		this.audit = audit;
		this.organisations = organisations;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	public PageResult<StrategySummary> list(StrategyFilter filter, int page, int size) {
		return queries.find(filter, !permissions.isSignedIn(), Math.max(page, 0), size);
	}

	/** Owners of the strategies the current user may see, for the list's filter. */
	public Map<Long, String> owners() {
		return queries.owners(!permissions.isSignedIn());
	}

	/** The strategy, without a visibility check: for use cases that check it themselves. */
	public Strategy get(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Strategy", id));
	}

	/** The strategy, if the current user may see it (published, or signed in). */
	public Strategy getVisible(long id) {
		Strategy strategy = get(id);
		requireVisible(strategy);
		return strategy;
	}

	public boolean isVisible(Strategy strategy) {
		return strategy.published() || permissions.isSignedIn();
	}

	/** Unpublished strategies need a sign-in; anonymous visitors are sent to sign in (pages) or get 401 (API). */
	public void requireVisible(Strategy strategy) {
		if (!strategy.published()) {
			permissions.requireSignedIn();
		}
	}

	public boolean canEdit(Strategy strategy) {
		return permissions.canEdit(strategy.ownerOrganisationId());
	}

	/** Throws unless the current user may change the strategy (and so its goals and consultations). */
	public CurrentUser requireEditor(Strategy strategy) {
		return permissions.requireEditorOf(strategy.ownerOrganisationId());
	}

	public String ownerName(Strategy strategy) {
		return organisations.find(strategy.ownerOrganisationId()).map(OrganisationRef::name).orElse("");
	}

	public Optional<Strategy> revisionOf(Strategy strategy) {
		return strategy.revisesId() == null ? Optional.empty() : repository.findById(strategy.revisesId());
	}

	/** Revisions of the strategy that the current user may see, newest first. */
	public List<Strategy> revisions(Strategy strategy) {
		return jdbc.sql("select id from strategy where revises_id = ? order by id desc").param(strategy.id())
			.query(Long.class)
			.list()
			.stream()
			.map(this::get)
			.filter(this::isVisible)
			.toList();
	}

	/** The strategies the current user may change, by name: for choosing one to open a consultation on. */
	public List<Strategy> editable() {
		permissions.requireSignedIn();
		return repository.findAll().stream()
			.filter(this::canEdit)
			.sorted(Comparator.comparing(Strategy::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The organisations the current user may make owner of a strategy: all for administrators, their own for editors. */
	public List<OrganisationDirectory.Option> ownerChoices() {
		CurrentUser user = permissions.requireSignedIn();
		if (user.isAdmin()) {
			return directory.all();
		}
		if (user.organisationId() == null || !user.canEdit(user.organisationId())) {
			throw new AccessDeniedException("Readers create no strategies");
		}
		return directory.nameOf(user.organisationId())
			.map(name -> List.of(new OrganisationDirectory.Option(user.organisationId(), name)))
			.orElse(List.of());
	}

	@Transactional
	public Strategy create(StrategyForm form) {
		permissions.requireEditorOf(form.getOwnerOrganisationId());
		InvalidInputException.throwFirst(problems(form));
		Instant now = Instant.now();
		Strategy saved = repository.save(toEntity(null, null, form, null, now, now));
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public Strategy update(long id, StrategyForm form, Long expectedVersion) {
		Strategy before = get(id);
		requireEditor(before);
		permissions.requireEditorOf(form.getOwnerOrganisationId());
		InvalidInputException.throwFirst(problems(form));
		Long version = expectedVersion != null ? expectedVersion : before.version();
		Strategy saved = repository.save(toEntity(id, version, form, before.revisesId(), before.createdAt(), Instant.now()));
		audit.updated(AUDIT_TYPE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	/**
	 * Deletes a strategy and its goals. Refused once it has been on consultation, has goals that
	 * issues refer to or has been revised: then its history matters, and it is kept.
	 */
	@Transactional
	public void delete(long id) {
		Strategy before = get(id);
		requireEditor(before);
		long consultations = count("select count(*) from consultation where strategy_id = ?", id);
		long issueLinks = count("select count(*) from issue_goal ig join goal g on g.id = ig.goal_id where g.strategy_id = ?", id);
		long revisions = count("select count(*) from strategy where revises_id = ?", id);
		if (consultations > 0) {
			throw new InvalidInputException("id", "strategy.strategy.delete.hasConsultations");
		}
		if (issueLinks > 0 || revisions > 0) {
			throw new InvalidInputException("id", "strategy.strategy.delete.referenced");
		}
		jdbc.sql("update goal set parent_id = null where strategy_id = ?").param(id).update();
		jdbc.sql("delete from goal where strategy_id = ?").param(id).update();
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues());
	}

	/**
	 * Starts a revision: a new draft with the same owner and a copy of the active goals (with
	 * their municipalities), which can then be sent on consultation and adopted.
	 */
	@Transactional
	public Strategy createRevision(long id, String name) {
		Strategy original = get(id);
		requireEditor(original);
		String revisionName = Text.blank(name);
		if (revisionName == null) {
			throw new InvalidInputException("name", "strategy.strategy.name.required");
		}
		if (revisionName.length() > 300) {
			throw new InvalidInputException("name", "validation.tooLong");
		}
		Instant now = Instant.now();
		Strategy saved = repository.save(new Strategy(null, null, revisionName, original.kind(),
				original.ownerOrganisationId(), original.periodStart(), original.periodEnd(), StrategyStatus.DRAFT, null,
				null, original.description(), false, original.id(), now, now));
		List<GoalRow> goals = jdbc.sql("""
				select id, parent_id, level, code, title, description, position from goal
				where strategy_id = ? and retired_on is null order by level, position, id""")
			.param(id)
			.query((rs, n) -> new GoalRow(rs.getLong("id"), rs.getObject("parent_id", Long.class), rs.getString("level"),
					rs.getString("code"), rs.getString("title"), rs.getString("description"), rs.getInt("position")))
			.list();
		Map<Long, Long> copies = new HashMap<>();
		// Goal areas first, then goals, then priorities (the order of GoalLevel), so parents exist before children.
		List<GoalRow> ordered = new ArrayList<>(goals);
		ordered.sort((a, b) -> Integer.compare(levelOrder(a.level()), levelOrder(b.level())));
		for (GoalRow goal : ordered) {
			if (goal.parentId() != null && !copies.containsKey(goal.parentId())) {
				continue; // parent retired: the child is not carried over either
			}
			KeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into goal (strategy_id, parent_id, level, code, title, description, position, created_at, updated_at)
					values (:strategy, :parent, :level, :code, :title, :description, :position, :now, :now)""")
				.param("strategy", saved.id())
				.param("parent", goal.parentId() == null ? null : copies.get(goal.parentId()))
				.param("level", goal.level())
				.param("code", goal.code())
				.param("title", goal.title())
				.param("description", goal.description())
				.param("position", goal.position())
				.param("now", Timestamp.from(now))
				.update(keys, "id");
			long newId = keys.getKeyAs(Long.class);
			copies.put(goal.id(), newId);
			jdbc.sql("""
					insert into goal_municipality (goal_id, organisation_id)
					select :copy, organisation_id from goal_municipality where goal_id = :original""")
				.param("copy", newId)
				.param("original", goal.id())
				.update();
		}
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	private static int levelOrder(String level) {
		return GoalLevel.valueOf(level).ordinal();
	}

	private record GoalRow(long id, Long parentId, String level, String code, String title, String description,
			int position) {
	}

	private long count(String sql, long id) {
		return jdbc.sql(sql).param(id).query(Long.class).single();
	}

	/** Every broken rule that needs more than one field or other records, for showing them all at once. */
	public List<InvalidInputException> problems(StrategyForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.getPeriodStart() != null && form.getPeriodEnd() != null && form.getPeriodEnd() < form.getPeriodStart()) {
			problems.add(new InvalidInputException("periodEnd", "strategy.strategy.period.order"));
		}
		if (form.getStatus() == StrategyStatus.ADOPTED && form.getAdoptedOn() == null) {
			problems.add(new InvalidInputException("adoptedOn", "strategy.strategy.adoptedOn.required"));
		}
		if (form.getOwnerOrganisationId() != null) {
			Optional<OrganisationRef> owner = organisations.find(form.getOwnerOrganisationId());
			if (owner.isEmpty()) {
				problems.add(new InvalidInputException("ownerOrganisationId", "strategy.strategy.owner.unknown"));
			}
			else if (form.getKind() == StrategyKind.REGIONAL && owner.get().kind() != OrganisationKind.REGION) {
				problems.add(new InvalidInputException("ownerOrganisationId", "strategy.strategy.owner.notRegion"));
			}
			else if (form.getKind() == StrategyKind.MUNICIPAL && owner.get().kind() != OrganisationKind.MUNICIPALITY
					&& owner.get().kind() != OrganisationKind.INTERMUNICIPAL_BODY) {
				problems.add(new InvalidInputException("ownerOrganisationId", "strategy.strategy.owner.notMunicipality"));
			}
		}
		return problems;
	}

	static Strategy toEntity(Long id, Long version, StrategyForm form, Long revisesId, Instant created, Instant updated) {
		return new Strategy(id, version, form.getName().trim(), form.getKind(), form.getOwnerOrganisationId(),
				form.getPeriodStart(), form.getPeriodEnd(), form.getStatus(), form.getAdoptedOn(),
				Text.blank(form.getDocumentUrl()), Text.blank(form.getDescription()), form.isPublished(), revisesId,
				created, updated);
	}

}
