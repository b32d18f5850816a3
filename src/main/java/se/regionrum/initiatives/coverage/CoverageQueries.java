package se.regionrum.initiatives.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.initiatives.initiative.InitiativeQueries;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/**
 * The coverage matrix in four grouped queries whatever the number of initiatives: the cells, the
 * goal totals, the municipality totals and the overall total (distinct initiatives, so that one linked to two goals
 * of an area counts once for the area).
 */
@Component
public class CoverageQueries {

	private final JdbcClient jdbc;

	private final Goals goals;

	private final Organisations organisations;

	CoverageQueries(JdbcClient jdbc, Goals goals, Organisations organisations) {
		this.jdbc = jdbc;
		this.goals = goals;
		this.organisations = organisations;
	}

	public GoalTree regionalGoals() {
		return new GoalTree(goals.regionalStrategyGoals());
	}

	public CoverageMatrix matrix(InitiativeQueries.Criteria criteria) {
		return matrix(criteria, regionalGoals(), organisations.municipalities());
	}

	public CoverageMatrix matrix(InitiativeQueries.Criteria criteria, GoalTree tree,
			List<OrganisationRef> municipalities) {
		if (tree.isEmpty()) {
			return new CoverageMatrix(municipalities, List.of(), Map.of(), 0, 0);
		}
		InitiativeQueries.Where where = InitiativeQueries.where(criteria);
		String join = " from initiative i join initiative_goal g on g.initiative = i.id join "
				+ tree.valuesTable("x") + " on x.goal_id = g.goal_id";
		Map<Long, Map<Long, Long>> cells = new HashMap<>();
		jdbc.sql("select x.ancestor_id, m.organisation_id, count(distinct i.id)" + join
				+ " join initiative_municipality m on m.initiative = i.id" + where.sql()
				+ " group by x.ancestor_id, m.organisation_id")
			.params(where.params())
			.query(rs -> {
				cells.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
			});
		Map<Long, Long> goalTotals = new HashMap<>();
		jdbc.sql("select x.ancestor_id, count(distinct i.id)" + join + where.sql() + " group by x.ancestor_id")
			.params(where.params())
			.query(rs -> {
				goalTotals.put(rs.getLong(1), rs.getLong(2));
			});
		Map<Long, Long> municipalityTotals = new HashMap<>();
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("strategyGoals", tree.ids());
		String linked = " and i.id in (select g.initiative from initiative_goal g where g.goal_id in (:strategyGoals))";
		jdbc.sql("select m.organisation_id, count(distinct i.id) from initiative i"
				+ " join initiative_municipality m on m.initiative = i.id" + where.sql() + linked
				+ " group by m.organisation_id")
			.params(params)
			.query(rs -> {
				municipalityTotals.put(rs.getLong(1), rs.getLong(2));
			});
		long total = jdbc.sql("select count(*) from initiative i" + where.sql() + linked).params(params)
			.query(Long.class).single();
		List<CoverageMatrix.Row> rows = new ArrayList<>();
		long maximum = 0;
		for (GoalRef goal : tree.goals()) {
			Map<Long, Long> counts = cells.getOrDefault(goal.id(), Map.of());
			int depth = tree.depth(goal.id());
			if (depth > 0) {
				maximum = Math.max(maximum, counts.values().stream().mapToLong(Long::longValue).max().orElse(0));
			}
			rows.add(new CoverageMatrix.Row(goal, depth, counts, goalTotals.getOrDefault(goal.id(), 0L)));
		}
		if (maximum == 0) {
			maximum = rows.stream().flatMap(r -> r.counts().values().stream()).mapToLong(Long::longValue).max().orElse(0);
		}
		return new CoverageMatrix(municipalities, rows, municipalityTotals, total, maximum);
	}

}
