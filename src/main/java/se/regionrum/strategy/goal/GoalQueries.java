package se.regionrum.strategy.goal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.goal.GoalService.LinkedIssue;
import se.regionrum.strategy.support.Tree;

/**
 * The SQL of goals that Spring Data cannot derive: goals with their strategy's name in one query
 * (a hierarchy ordered depth first), their municipalities, the issues that refer to them, and
 * sibling counts and positions.
 */
@Repository
class GoalQueries {

	private static final String SELECT = """
			select g.id, g.strategy_id, s.name strategy_name, g.level, g.parent_id, g.code, g.title,
			       g.retired_on is not null retired, g.position
			from goal g join strategy s on s.id = g.strategy_id""";

	private final JdbcClient jdbc;

	GoalQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<GoalRef> find(long goalId) {
		return jdbc.sql(SELECT + " where g.id = ?").param(goalId).query(GoalQueries::row).optional()
			.map(Positioned::goal);
	}

	Map<Long, GoalRef> findAll(Collection<Long> goalIds) {
		Map<Long, GoalRef> goals = new HashMap<>();
		if (!goalIds.isEmpty()) {
			jdbc.sql(SELECT + " where g.id in (:ids)").param("ids", goalIds).query(GoalQueries::row).list()
				.forEach(p -> goals.put(p.goal().id(), p.goal()));
		}
		return goals;
	}

	/** The goals of the region's current regional strategy (the adopted one, else the newest). */
	List<GoalRef> regionalStrategyGoals() {
		return jdbc.sql("""
				select id from strategy where kind = 'REGIONAL'
				order by case status when 'ADOPTED' then 0 else 1 end, period_start desc, id desc""")
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.map(this::ofStrategy)
			.orElse(List.of());
	}

	List<GoalRef> ofStrategy(long strategyId) {
		return depthFirst(jdbc.sql(SELECT + " where g.strategy_id = ?").param(strategyId).query(GoalQueries::row).list());
	}

	/** Orders goals as a reader expects: each node followed by its children, siblings by position. */
	static List<GoalRef> depthFirst(List<Positioned> goals) {
		return Tree.depthFirst(goals, p -> p.goal().id(), p -> p.goal().parentId(),
				Comparator.comparingInt(Positioned::position).thenComparing(p -> p.goal().id()),
				(p, depth) -> p.goal());
	}

	/** Municipality ids by goal id, for every goal of the strategy, in one query. */
	Map<Long, List<Long>> municipalityIdsOfStrategy(long strategyId) {
		Map<Long, List<Long>> municipalityIds = new HashMap<>();
		jdbc.sql("""
				select gm.goal_id, gm.organisation_id from goal_municipality gm
				join goal g on g.id = gm.goal_id where g.strategy_id = ?""")
			.param(strategyId)
			.query(rs -> {
				municipalityIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		return municipalityIds;
	}

	List<Long> municipalityIds(long goalId) {
		return jdbc.sql("select organisation_id from goal_municipality where goal_id = ? order by organisation_id")
			.param(goalId)
			.query(Long.class)
			.list();
	}

	/** Replaces the goal's municipalities with the given ones. */
	void replaceMunicipalities(long goalId, Set<Long> organisationIds) {
		jdbc.sql("delete from goal_municipality where goal_id = ?").param(goalId).update();
		for (Long id : organisationIds) {
			jdbc.sql("insert into goal_municipality (goal_id, organisation_id) values (?, ?)").params(goalId, id).update();
		}
	}

	List<LinkedIssue> linkedIssues(long goalId, boolean publishedOnly) {
		return jdbc.sql("select i.id, i.title from issue i join issue_goal ig on ig.issue_id = i.id where ig.goal_id = ?"
				+ (publishedOnly ? " and i.published = true" : "") + " order by lower(i.title), i.id")
			.param(goalId)
			.query((rs, n) -> new LinkedIssue(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** How many goals hang directly under the parent (under none: the goal areas), retired ones included. */
	long countSiblings(long strategyId, Long parentId) {
		return ofSiblings("count(*)", strategyId, parentId, Long.class);
	}

	/** The position after the last sibling under the parent. */
	int nextPosition(long strategyId, Long parentId) {
		return ofSiblings("coalesce(max(position), -1) + 1", strategyId, parentId, Integer.class);
	}

	private <T> T ofSiblings(String select, long strategyId, Long parentId, Class<T> type) {
		return jdbc.sql("select " + select + " from goal where strategy_id = :s and "
				+ (parentId == null ? "parent_id is null" : "parent_id = :p"))
			.param("s", strategyId)
			.params(parentId == null ? Map.of() : Map.of("p", parentId))
			.query(type)
			.single();
	}

	long countChildren(long goalId) {
		return jdbc.sql("select count(*) from goal where parent_id = ?").param(goalId).query(Long.class).single();
	}

	record Positioned(GoalRef goal, int position) {
	}

	private static Positioned row(ResultSet rs, int n) throws SQLException {
		// getObject, not getLong + wasNull: wasNull tells about the last column read, and arguments are read in order
		Long parent = rs.getObject("parent_id", Long.class);
		return new Positioned(new GoalRef(rs.getLong("id"), rs.getLong("strategy_id"), rs.getString("strategy_name"),
				GoalLevel.valueOf(rs.getString("level")), parent, rs.getString("code"),
				rs.getString("title"), rs.getBoolean("retired")), rs.getInt("position"));
	}

}
