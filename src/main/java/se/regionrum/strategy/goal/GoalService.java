package se.regionrum.strategy.goal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Text;
import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.strategy.Strategy;
import se.regionrum.strategy.strategy.StrategyService;
import se.regionrum.platform.Text;
import se.regionrum.strategy.support.Tree;

/**
 * The goal hierarchy of a strategy: goal areas, goals under them, long-term priorities under
 * goals (or directly under an area). Changed by those who may change the strategy. Goals are
 * reordered among their siblings and retired, never deleted, so that their links and history stay.
 */
@Service
public class GoalService {

	static final String AUDIT_TYPE = "goal";

	private final GoalRepository repository;

	private final StrategyService strategies;

	private final AuditLog audit;

	private final Organisations organisations;

	private final GoalQueries queries;

	private final Clock clock;

	GoalService(GoalRepository repository, StrategyService strategies, AuditLog audit, Organisations organisations,
			GoalQueries queries, Clock clock) {
		this.repository = repository;
		this.strategies = strategies;
		this.audit = audit;
		this.organisations = organisations;
		this.queries = queries;
		this.clock = clock;
	}

	public Goal get(long goalId) {
		return repository.findById(goalId).orElseThrow(() -> new NotFoundException("Goal", goalId));
	}

	/** The goal, which must belong to the given strategy (so that URLs cannot mix strategies). */
	public Goal get(long strategyId, long goalId) {
		Goal goal = get(goalId);
		if (!goal.strategyId().equals(strategyId)) {
			throw new NotFoundException("Goal", goalId);
		}
		return goal;
	}

	/** The whole tree in display order (depth first), retired goals included. */
	public List<GoalNode> tree(Strategy strategy) {
		List<GoalNode> flat = new ArrayList<>();
		roots(strategy).forEach(root -> root.flattenInto(flat));
		return flat;
	}

	/** The goal areas with the goals and priorities below them, in three queries in all. */
	public List<GoalNode> roots(Strategy strategy) {
		List<Goal> goals = repository.findByStrategyId(strategy.id());
		Map<Long, List<Long>> municipalityIds = queries.municipalityIdsOfStrategy(strategy.id());
		Map<Long, String> names = organisations
			.names(municipalityIds.values().stream().flatMap(List::stream).distinct().toList());
		return Tree.roots(goals, Goal::id, Goal::parentId, SIBLING_ORDER, (goal, depth, first, last, children) -> {
			List<Long> ids = municipalityIds.getOrDefault(goal.id(), List.of());
			List<String> municipalityNames = ids.stream().map(id -> names.getOrDefault(id, "")).sorted().toList();
			return new GoalNode(goal, depth, first, last, municipalityNames, ids, children);
		});
	}

	static final Comparator<Goal> SIBLING_ORDER = Comparator.comparingInt(Goal::position).thenComparing(Goal::id);

	public List<Long> municipalityIds(long goalId) {
		return queries.municipalityIds(goalId);
	}

	/** An issue that refers to a goal, for the goal's page. */
	public record LinkedIssue(long id, String title) {
	}

	/** The issues that refer to the goal; anonymous visitors see published ones only. */
	public List<LinkedIssue> linkedIssues(long goalId, boolean publishedOnly) {
		return queries.linkedIssues(goalId, publishedOnly);
	}

	/** Active areas and goals: the goals another goal may hang under. */
	public List<Goal> possibleParents(long strategyId) {
		return orderedActive(strategyId).stream().filter(g -> g.level() != GoalLevel.PRIORITY).toList();
	}

	/** The goals a goal of the given level may hang under: active goal areas, and for priorities also goals. */
	public List<Goal> parentChoices(long strategyId, GoalLevel level) {
		if (level == GoalLevel.GOAL_AREA) {
			return List.of();
		}
		return orderedActive(strategyId).stream()
			.filter(g -> g.level() == GoalLevel.GOAL_AREA || (level == GoalLevel.PRIORITY && g.level() == GoalLevel.GOAL))
			.toList();
	}

	/** Active goals of a strategy in display order, for pickers in other features. */
	public List<Goal> orderedActive(long strategyId) {
		Strategy strategy = strategies.get(strategyId);
		return tree(strategy).stream().map(GoalNode::goal).filter(g -> !g.retired()).toList();
	}

	/** The code a new goal under the parent gets when none is typed: the parent's code and the next number. */
	public String suggestCode(long strategyId, Long parentId) {
		long siblings = queries.countSiblings(strategyId, parentId);
		String next = String.valueOf(siblings + 1);
		if (parentId == null) {
			return next;
		}
		Goal parent = get(parentId);
		return parent.code() == null || parent.code().isBlank() ? next : parent.code() + "." + next;
	}

	@Transactional
	public Goal add(long strategyId, GoalForm form) {
		Strategy strategy = strategies.get(strategyId);
		strategies.requireEditor(strategy);
		InvalidInputException.throwFirst(problems(strategy.id(), form, null));
		int position = queries.nextPosition(strategyId, form.parentId());
		String code = Text.blank(form.code());
		if (code == null) {
			code = suggestCode(strategyId, form.parentId());
		}
		Instant now = Instant.now();
		Goal saved = repository.save(new Goal(null, null, strategyId, form.parentId(), form.level(), code,
				form.title().trim(), Text.blank(form.description()), position, null, null, now, now));
		Map<String, Object> values = saved.auditValues();
		values.put("municipalityIds", linkMunicipalities(saved.id(), form.municipalityIds()));
		audit.created(AUDIT_TYPE, saved.id(), values);
		return saved;
	}

	@Transactional
	public Goal update(long goalId, GoalForm form, Long expectedVersion) {
		Goal before = get(goalId);
		Strategy strategy = strategies.get(before.strategyId());
		strategies.requireEditor(strategy);
		InvalidInputException.throwFirst(problems(strategy.id(), form, before.id()));
		List<Long> municipalitiesBefore = municipalityIds(goalId);
		boolean moved = !Objects.equals(before.parentId(), form.parentId());
		int position = before.position();
		if (moved) {
			position = queries.nextPosition(before.strategyId(), form.parentId());
		}
		String code = Text.blank(form.code());
		Goal saved = repository.save(new Goal(goalId, expectedVersion != null ? expectedVersion : before.version(),
				before.strategyId(), form.parentId(), form.level(), code, form.title().trim(),
				Text.blank(form.description()), position, before.retiredOn(), before.retireNote(), before.createdAt(),
				Instant.now()));
		Map<String, Object> old = before.auditValues();
		old.put("municipalityIds", municipalitiesBefore);
		Map<String, Object> now = saved.auditValues();
		now.put("municipalityIds", linkMunicipalities(goalId, form.municipalityIds()));
		audit.updated(AUDIT_TYPE, goalId, old, now);
		return saved;
	}

	/** Replaces the goal's municipalities; returns them sorted, for the audit entry. */
	private List<Long> linkMunicipalities(long goalId, List<Long> ids) {
		Set<Long> wanted = new LinkedHashSet<>(ids == null ? List.of() : ids);
		wanted.remove(null);
		queries.replaceMunicipalities(goalId, wanted);
		return wanted.stream().sorted().toList();
	}

	/** Moves a goal one step up or down among its siblings (retired ones included, so history keeps its order). */
	@Transactional
	public void move(long goalId, boolean up) {
		Goal goal = get(goalId);
		strategies.requireEditor(strategies.get(goal.strategyId()));
		List<Goal> siblings = new ArrayList<>(repository.findByStrategyId(goal.strategyId()).stream()
			.filter(g -> Objects.equals(g.parentId(), goal.parentId()))
			.sorted(SIBLING_ORDER)
			.toList());
		int index = -1;
		for (int i = 0; i < siblings.size(); i++) {
			if (siblings.get(i).id().equals(goalId)) {
				index = i;
			}
		}
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= siblings.size()) {
			return;
		}
		Goal neighbour = siblings.get(other);
		siblings.set(other, siblings.get(index));
		siblings.set(index, neighbour);
		for (int i = 0; i < siblings.size(); i++) {
			Goal sibling = siblings.get(i);
			if (sibling.position() != i) {
				repository.save(sibling.withPosition(i));
				audit.updated(AUDIT_TYPE, sibling.id(), Map.of("position", sibling.position()), Map.of("position", i));
			}
		}
	}

	/**
	 * Numbers the active goals after their place in the tree (1, 1.1, 1.1.1 …), for after
	 * reordering; retired goals keep the number they had. Returns how many numbers changed.
	 */
	@Transactional
	public int renumber(long strategyId) {
		Strategy strategy = strategies.get(strategyId);
		strategies.requireEditor(strategy);
		return renumber(roots(strategy), null);
	}

	private int renumber(List<GoalNode> siblings, String parentCode) {
		int changed = 0;
		int number = 0;
		for (GoalNode node : siblings) {
			Goal goal = node.goal();
			if (goal.retired()) {
				continue;
			}
			number++;
			String code = parentCode == null ? String.valueOf(number) : parentCode + "." + number;
			if (!code.equals(goal.code())) {
				Goal saved = repository.save(new Goal(goal.id(), goal.version(), goal.strategyId(), goal.parentId(),
						goal.level(), code, goal.title(), goal.description(), goal.position(), goal.retiredOn(),
						goal.retireNote(), goal.createdAt(), Instant.now()));
				audit.updated(AUDIT_TYPE, goal.id(), goal.auditValues(), saved.auditValues());
				changed++;
			}
			changed += renumber(node.children(), code);
		}
		return changed;
	}

	/**
	 * Retires a goal and the active goals under it. They keep their municipalities, issues and
	 * consultation stances, and stay visible as retired; they take no new links.
	 */
	@Transactional
	public void retire(long goalId, String note) {
		Goal goal = get(goalId);
		strategies.requireEditor(strategies.get(goal.strategyId()));
		if (goal.retired()) {
			return;
		}
		String text = Text.blank(note);
		if (text != null && text.length() > 1000) {
			throw new InvalidInputException("note", "validation.tooLong");
		}
		LocalDate today = LocalDate.now(clock);
		List<Goal> all = repository.findByStrategyId(goal.strategyId());
		List<Goal> affected = new ArrayList<>();
		collect(goal, all, affected);
		for (Goal g : affected) {
			if (!g.retired()) {
				Goal retired = repository.save(g.retiredAs(today, text));
				audit.updated(AUDIT_TYPE, g.id(), g.auditValues(), retired.auditValues());
			}
		}
	}

	private static void collect(Goal goal, List<Goal> all, List<Goal> into) {
		into.add(goal);
		for (Goal g : all) {
			if (goal.id().equals(g.parentId())) {
				collect(g, all, into);
			}
		}
	}

	/** Takes a retired goal back into use; its parent must be active. Goals under it stay retired. */
	@Transactional
	public void reinstate(long goalId) {
		Goal goal = get(goalId);
		strategies.requireEditor(strategies.get(goal.strategyId()));
		if (!goal.retired()) {
			return;
		}
		if (goal.parentId() != null && get(goal.parentId()).retired()) {
			throw new InvalidInputException("parentId", "strategy.goal.reinstate.parentRetired");
		}
		Goal active = repository.save(goal.retiredAs(null, null));
		audit.updated(AUDIT_TYPE, goalId, goal.auditValues(), active.auditValues());
	}

	/** Every broken rule of the hierarchy, for showing them all at once. */
	public List<InvalidInputException> problems(long strategyId, GoalForm form, Long goalId) {
		List<InvalidInputException> problems = new ArrayList<>();
		GoalLevel level = form.level();
		Goal parent = form.parentId() == null ? null : repository.findById(form.parentId()).orElse(null);
		if (form.parentId() != null && (parent == null || !parent.strategyId().equals(strategyId))) {
			problems.add(new InvalidInputException("parentId", "strategy.goal.parent.unknown"));
		}
		else if (level != null) {
			if (level == GoalLevel.GOAL_AREA && parent != null) {
				problems.add(new InvalidInputException("parentId", "strategy.goal.parent.areaHasNone"));
			}
			if (level == GoalLevel.GOAL && (parent == null || parent.level() != GoalLevel.GOAL_AREA)) {
				problems.add(new InvalidInputException("parentId", "strategy.goal.parent.goalNeedsArea"));
			}
			if (level == GoalLevel.PRIORITY && (parent == null || parent.level() == GoalLevel.PRIORITY)) {
				problems.add(new InvalidInputException("parentId", "strategy.goal.parent.priorityNeedsGoal"));
			}
			if (parent != null && parent.retired() && (goalId == null || !parent.id().equals(get(goalId).parentId()))) {
				problems.add(new InvalidInputException("parentId", "strategy.goal.parent.retired"));
			}
			if (parent != null && goalId != null && parent.id().equals(goalId)) {
				problems.add(new InvalidInputException("parentId", "strategy.goal.parent.self"));
			}
		}
		if (goalId != null && level != null) {
			Goal before = get(goalId);
			long children = queries.countChildren(goalId);
			if (before.level() != level && children > 0) {
				problems.add(new InvalidInputException("level", "strategy.goal.level.hasChildren"));
			}
		}
		List<Long> ids = form.municipalityIds() == null ? List.of() : form.municipalityIds();
		if (!ids.isEmpty()) {
			Set<Long> municipalities = new HashSet<>();
			organisations.municipalities().stream().map(OrganisationRef::id).forEach(municipalities::add);
			if (ids.stream().anyMatch(id -> id == null || !municipalities.contains(id))) {
				problems.add(new InvalidInputException("municipalityIds", "strategy.goal.municipality.unknown"));
			}
		}
		return problems;
	}

}
