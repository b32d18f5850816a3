package se.regionrum.initiatives.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.initiatives.initiative.InitiativeQueries;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/**
 * The coverage matrix in two queries whatever the number of initiatives or goals: the filtered
 * initiatives' links to the strategy's goals, and where those initiatives are. Both are narrow
 * index scans; the roll-up of goals into the goals and goal areas above them is done on the way,
 * with a bit set per initiative, so an initiative linked to two goals of an area counts once for
 * the area and once per municipality. (Grouped SQL with {@code count(distinct)} over the lifted
 * links gave the same counts but cost three to five times as much on H2.)
 */
@Repository
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
		List<GoalRef> goalList = tree.goals();
		Map<Long, Integer> goalIndex = tree.index();
		long[][] lifted = tree.lifted();
		int words = tree.words();
		Map<Long, Integer> municipalityIndex = new HashMap<>();
		for (int m = 0; m < municipalities.size(); m++) {
			municipalityIndex.put(municipalities.get(m).id(), m);
		}
		String join = where.sql().equals(" where 1=1") ? "" : " join initiative i on i.id = x.initiative";
		String restrict = where.sql().equals(" where 1=1") ? " where 1=1" : where.sql();

		// 1: the filtered initiatives' links to this strategy's goals, lifted to every goal above
		Map<Long, long[]> goalsOf = new HashMap<>();
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("strategyGoals", tree.ids());
		jdbc.sql("select x.initiative, x.goal_id from initiative_goal x" + join + restrict
				+ " and x.goal_id in (:strategyGoals)")
			.params(params)
			.query(rs -> {
				long[] bits = goalsOf.computeIfAbsent(rs.getLong(1), k -> new long[words]);
				long[] add = lifted[goalIndex.get(rs.getLong(2))];
				for (int w = 0; w < words; w++) {
					bits[w] |= add[w];
				}
			});
		long[] goalTotalCounts = new long[goalList.size()];
		for (long[] bits : goalsOf.values()) {
			GoalTree.forEachBit(bits, g -> goalTotalCounts[g]++);
		}

		// 2: where those initiatives are; each (initiative, municipality) pair is unique
		long[][] cellCounts = new long[goalList.size()][municipalities.size()];
		long[] municipalityCounts = new long[municipalities.size()];
		Map<String, Object> placeParams = new HashMap<>(where.params());
		placeParams.put("municipalities", municipalityIndex.isEmpty() ? List.of(-1L) : municipalityIndex.keySet());
		jdbc.sql("select x.initiative, x.organisation_id from initiative_municipality x" + join + restrict
				+ " and x.organisation_id in (:municipalities)")
			.params(placeParams)
			.query(rs -> {
				long[] bits = goalsOf.get(rs.getLong(1));
				if (bits == null) {
					return;
				}
				int m = municipalityIndex.get(rs.getLong(2));
				municipalityCounts[m]++;
				GoalTree.forEachBit(bits, g -> cellCounts[g][m]++);
			});
		Map<Long, Map<Long, Long>> cells = new HashMap<>();
		Map<Long, Long> goalTotals = new HashMap<>();
		for (int g = 0; g < goalList.size(); g++) {
			goalTotals.put(goalList.get(g).id(), goalTotalCounts[g]);
			Map<Long, Long> row = new HashMap<>();
			for (int m = 0; m < municipalities.size(); m++) {
				if (cellCounts[g][m] > 0) {
					row.put(municipalities.get(m).id(), cellCounts[g][m]);
				}
			}
			cells.put(goalList.get(g).id(), row);
		}
		Map<Long, Long> municipalityTotals = new HashMap<>();
		for (int m = 0; m < municipalities.size(); m++) {
			municipalityTotals.put(municipalities.get(m).id(), municipalityCounts[m]);
		}
		long total = goalsOf.size();
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
