package se.regionrum.strategy.goal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/** Reads goals with their strategy's name in one query; orders a hierarchy depth first. */
@Component
class JdbcGoals implements Goals {

	private static final String SELECT = """
			select g.id, g.strategy_id, s.name strategy_name, g.level, g.parent_id, g.code, g.title,
			       g.retired_on is not null retired, g.position
			from goal g join strategy s on s.id = g.strategy_id""";

	private final JdbcClient jdbc;

	JdbcGoals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<GoalRef> find(long goalId) {
		return jdbc.sql(SELECT + " where g.id = ?").param(goalId).query(JdbcGoals::row).optional()
			.map(Positioned::goal);
	}

	@Override
	public Map<Long, GoalRef> findAll(Collection<Long> goalIds) {
		Map<Long, GoalRef> goals = new HashMap<>();
		if (!goalIds.isEmpty()) {
			jdbc.sql(SELECT + " where g.id in (:ids)").param("ids", goalIds).query(JdbcGoals::row).list()
				.forEach(p -> goals.put(p.goal().id(), p.goal()));
		}
		return goals;
	}

	@Override
	public List<GoalRef> regionalStrategyGoals() {
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

	@Override
	public List<GoalRef> ofStrategy(long strategyId) {
		return depthFirst(jdbc.sql(SELECT + " where g.strategy_id = ?").param(strategyId).query(JdbcGoals::row).list());
	}

	/** Orders goals as a reader expects: each node followed by its children, siblings by position. */
	static List<GoalRef> depthFirst(List<Positioned> goals) {
		Map<Long, List<Positioned>> children = new LinkedHashMap<>();
		for (Positioned p : goals) {
			children.computeIfAbsent(p.goal().parentId(), k -> new ArrayList<>()).add(p);
		}
		children.values().forEach(list -> list.sort(Comparator.comparingInt(Positioned::position)
			.thenComparing(p -> p.goal().id())));
		List<GoalRef> ordered = new ArrayList<>();
		append(null, children, ordered);
		return ordered;
	}

	private static void append(Long parent, Map<Long, List<Positioned>> children, List<GoalRef> ordered) {
		for (Positioned p : children.getOrDefault(parent, List.of())) {
			ordered.add(p.goal());
			append(p.goal().id(), children, ordered);
		}
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
