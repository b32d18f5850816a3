package se.regionrum.strategy.strategy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.regionrum.actors.Organisations;
import se.regionrum.platform.PageResult;
import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;
import se.regionrum.strategy.strategy.StrategyView.ConsultationItem;
import se.regionrum.strategy.strategy.StrategyView.GoalItem;
import se.regionrum.strategy.strategy.StrategyView.GoalLine;
import se.regionrum.platform.Text;
import se.regionrum.strategy.support.Tree;

/**
 * The SQL of strategies that Spring Data cannot derive: the filtered list in one query with goal
 * counts joined in (owners named in one more), what refers to a strategy, and the goals a revision
 * copies or a deletion removes.
 */
@Repository
public class StrategyQueries {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	StrategyQueries(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	PageResult<StrategySummary> find(StrategyFilter filter, boolean publishedOnly, int page, int size) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where 1=1");
		if (publishedOnly) {
			where.append(" and s.published = true");
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and (lower(s.name) like :q" + Text.LIKE_ESCAPE
					+ " or lower(s.description) like :q" + Text.LIKE_ESCAPE + ")");
			params.put("q", Text.containsPattern(filter.q()));
		}
		if (filter.kind() != null) {
			where.append(" and s.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.status() != null) {
			where.append(" and s.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.ownerId() != null) {
			where.append(" and s.owner_organisation_id = :owner");
			params.put("owner", filter.ownerId());
		}
		long total = jdbc.sql("select count(*) from strategy s" + where).params(params).query(Long.class).single();
		List<Row> rows = jdbc.sql("""
				select s.id, s.name, s.kind, s.owner_organisation_id, s.period_start, s.period_end, s.status,
				       s.adopted_on, s.published, coalesce(g.goal_count, 0) goal_count
				from strategy s
				left join (select strategy_id, count(*) goal_count from goal where retired_on is null
				           group by strategy_id) g on g.strategy_id = s.id""" + where + " order by " + filter.orderBy()
				+ (size > 0 ? " limit :limit offset :offset" : ""))
			.params(params)
			.params(size > 0 ? Map.of("limit", size, "offset", (long) page * size) : Map.of())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), StrategyKind.valueOf(rs.getString("kind")),
					rs.getLong("owner_organisation_id"), rs.getObject("period_start", Integer.class),
					rs.getObject("period_end", Integer.class), StrategyStatus.valueOf(rs.getString("status")),
					rs.getDate("adopted_on"), rs.getBoolean("published"), rs.getLong("goal_count")))
			.list();
		Map<Long, String> names = organisations.names(rows.stream().map(Row::owner).distinct().toList());
		List<StrategySummary> items = rows.stream()
			.map(r -> new StrategySummary(r.id(), r.name(), r.kind(), r.owner(), names.getOrDefault(r.owner(), ""),
					r.periodStart(), r.periodEnd(), r.status(), r.adoptedOn() == null ? null : r.adoptedOn().toLocalDate(),
					r.published(), r.goalCount()))
			.toList();
		return new PageResult<>(items, page, size > 0 ? size : items.size(), total);
	}

	/** The organisations that own a strategy, by name, for the owner filter. */
	Map<Long, String> owners(boolean publishedOnly) {
		List<Long> ids = jdbc
			.sql("select distinct owner_organisation_id from strategy" + (publishedOnly ? " where published = true" : ""))
			.query(Long.class)
			.list();
		Map<Long, String> names = organisations.names(ids);
		Map<Long, String> sorted = new LinkedHashMap<>();
		names.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	private record Row(long id, String name, StrategyKind kind, long owner, Integer periodStart, Integer periodEnd,
			StrategyStatus status, Date adoptedOn, boolean published, long goalCount) {
	}

	/** The ids of the strategy's revisions, newest first. */
	List<Long> revisionIds(long strategyId) {
		return jdbc.sql("select id from strategy where revises_id = ? order by id desc").param(strategyId)
			.query(Long.class)
			.list();
	}

	long countConsultations(long strategyId) {
		return count("select count(*) from consultation where strategy_id = ?", strategyId);
	}

	/** How many links from issues point to goals of the strategy. */
	long countIssueLinks(long strategyId) {
		return count("select count(*) from issue_goal ig join goal g on g.id = ig.goal_id where g.strategy_id = ?",
				strategyId);
	}

	long countRevisions(long strategyId) {
		return count("select count(*) from strategy where revises_id = ?", strategyId);
	}

	private long count(String sql, long id) {
		return jdbc.sql(sql).param(id).query(Long.class).single();
	}

	/** Deletes every goal of the strategy. */
	void deleteGoals(long strategyId) {
		jdbc.sql("update goal set parent_id = null where strategy_id = ?").param(strategyId).update();
		jdbc.sql("delete from goal where strategy_id = ?").param(strategyId).update();
	}

	/**
	 * Copies the active goals of the original, with their municipalities, to the revision; a goal
	 * under a retired one is not carried over.
	 */
	void insertCopiesOfActiveGoals(long originalId, long revisionId, Instant now) {
		List<GoalRow> goals = jdbc.sql("""
				select id, parent_id, level, code, title, description, position from goal
				where strategy_id = ? and retired_on is null order by level, position, id""")
			.param(originalId)
			.query((rs, n) -> new GoalRow(rs.getLong("id"), rs.getObject("parent_id", Long.class), rs.getString("level"),
					rs.getString("code"), rs.getString("title"), rs.getString("description"), rs.getInt("position"), null))
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
				.param("strategy", revisionId)
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
	}

	private static int levelOrder(String level) {
		return GoalLevel.valueOf(level).ordinal();
	}

	private record GoalRow(long id, Long parentId, String level, String code, String title, String description,
			int position, LocalDate retiredOn) {
	}

	/** The page of the strategy, in two queries and one for the municipalities' names. */
	StrategyView view(Strategy strategy, String ownerName, boolean canEdit, Strategy revisionOf,
			List<Strategy> revisions, LocalDate today) {
		Map<Long, GoalRow> goals = new LinkedHashMap<>();
		Map<Long, List<Long>> municipalities = new HashMap<>();
		jdbc.sql("""
				select g.id, g.parent_id, g.level, g.code, g.title, g.description, g.position, g.retired_on,
				       gm.organisation_id municipality_id
				from goal g left join goal_municipality gm on gm.goal_id = g.id
				where g.strategy_id = ?""")
			.param(strategy.id())
			.query(rs -> {
				long id = rs.getLong("id");
				if (!goals.containsKey(id)) {
					Date retiredOn = rs.getDate("retired_on");
					goals.put(id, new GoalRow(id, rs.getObject("parent_id", Long.class), rs.getString("level"),
							rs.getString("code"), rs.getString("title"), rs.getString("description"), rs.getInt("position"),
							retiredOn == null ? null : retiredOn.toLocalDate()));
				}
				Long municipality = rs.getObject("municipality_id", Long.class);
				if (municipality != null) {
					municipalities.computeIfAbsent(id, k -> new ArrayList<>()).add(municipality);
				}
			});
		Map<Long, String> names = organisations
			.names(municipalities.values().stream().flatMap(List::stream).distinct().toList());
		List<GoalItem> tree = Tree.roots(goals.values(), GoalRow::id, GoalRow::parentId,
				Comparator.comparingInt(GoalRow::position).thenComparingLong(GoalRow::id),
				(goal, depth, first, last, children) -> new GoalItem(
						new GoalLine(goal.id(), GoalLevel.valueOf(goal.level()), goal.code(), goal.title(),
								goal.description(), goal.retiredOn()),
						depth, first, last, municipalities.getOrDefault(goal.id(), List.of()).stream()
							.map(id -> names.getOrDefault(id, ""))
							.sorted()
							.toList(),
						children));
		List<ConsultationItem> consultations = jdbc.sql("""
				select id, title, opens_on, closes_on,
				       case when opens_on > :today then 'UPCOMING' when closes_on < :today then 'CLOSED' else 'OPEN' end phase
				from consultation where strategy_id = :strategy order by opens_on desc, id desc""")
			.param("today", Date.valueOf(today))
			.param("strategy", strategy.id())
			.query((rs, n) -> new ConsultationItem(rs.getLong("id"), rs.getString("title"), rs.getString("phase"),
					rs.getDate("opens_on").toLocalDate(), rs.getDate("closes_on").toLocalDate()))
			.list();
		return new StrategyView(strategy, ownerName, canEdit, revisionOf, revisions, tree, consultations);
	}

	/** Published strategies, for the start page. */
	public long countPublished() {
		return jdbc.sql("select count(*) from strategy where published = true").query(Long.class).single();
	}

	/** Every strategy, drafts and revisions included: the demo data loads only into an empty module. */
	public long countAll() {
		return jdbc.sql("select count(*) from strategy").query(Long.class).single();
	}

	/** The strategy with exactly this name, as the demo data names it. */
	public Optional<Long> idByName(String name) {
		return jdbc.sql("select id from strategy where name = ?").param(name).query(Long.class).optional();
	}

}
