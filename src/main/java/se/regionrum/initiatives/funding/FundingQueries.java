package se.regionrum.initiatives.funding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.initiatives.FundingSource;
import se.regionrum.initiatives.coverage.GoalTree;
import se.regionrum.initiatives.initiative.InitiativeQueries;
import se.regionrum.strategy.GoalRef;

/**
 * Funding totals of a filtered set of initiatives per source and year and per municipality, each
 * by one grouped query; per strategy goal by two (the goal links, and the sums per initiative,
 * added to every goal above the linked ones once per initiative). An initiative in several municipalities (or under
 * several goals) counts in full for each of them; the per-source and per-year totals count every
 * krona once.
 */
@Repository
public class FundingQueries {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	FundingQueries(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	public record Named(long id, String name, Amounts amounts) {
	}

	public record GoalAmounts(GoalRef goal, int depth, Amounts amounts) {
	}

	public record Summary(List<Integer> years, Map<FundingSource, Map<Integer, Amounts>> cells,
			Map<FundingSource, Amounts> bySource, Map<Integer, Amounts> byYear, Amounts total, List<Named> byMunicipality,
			List<GoalAmounts> byGoal) {

		public Amounts cell(FundingSource source, int year) {
			return cells.getOrDefault(source, Map.of()).getOrDefault(year, Amounts.ZERO);
		}

		/** The largest granted amount of any year, to scale the chart. */
		public long maxYearGranted() {
			return byYear.values().stream().mapToLong(Amounts::granted).max().orElse(0);
		}

		public boolean isEmpty() {
			return years.isEmpty();
		}

	}

	private static final String SUMS = "sum(f.amount_applied), sum(f.amount_granted), sum(f.amount_spent)";

	public Summary summary(InitiativeQueries.Criteria criteria, GoalTree goals) {
		InitiativeQueries.Where where = InitiativeQueries.where(criteria);
		String from = " from funding_line f join initiative i on i.id = f.initiative_id";
		Map<FundingSource, Map<Integer, Amounts>> cells = new EnumMap<>(FundingSource.class);
		Map<FundingSource, Amounts> bySource = new EnumMap<>(FundingSource.class);
		Map<Integer, Amounts> byYear = new TreeMap<>();
		Amounts[] total = { Amounts.ZERO };
		jdbc.sql("select f.source, f.funding_year, " + SUMS + from + where.sql() + " group by f.source, f.funding_year")
			.params(where.params())
			.query(rs -> {
				FundingSource source = FundingSource.valueOf(rs.getString(1));
				int year = rs.getInt(2);
				Amounts amounts = new Amounts(rs.getLong(3), rs.getLong(4), rs.getLong(5));
				cells.computeIfAbsent(source, k -> new TreeMap<>()).put(year, amounts);
				bySource.merge(source, amounts, Amounts::plus);
				byYear.merge(year, amounts, Amounts::plus);
				total[0] = total[0].plus(amounts);
			});
		Map<Long, Amounts> perMunicipality = new HashMap<>();
		jdbc.sql("select m.organisation_id, " + SUMS + from
				+ " join initiative_municipality m on m.initiative = i.id" + where.sql() + " group by m.organisation_id")
			.params(where.params())
			.query(rs -> {
				perMunicipality.put(rs.getLong(1), new Amounts(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
			});
		List<Named> byMunicipality = new ArrayList<>();
		for (OrganisationRef m : organisations.municipalities()) {
			byMunicipality.add(new Named(m.id(), m.name(), perMunicipality.getOrDefault(m.id(), Amounts.ZERO)));
		}
		List<GoalAmounts> byGoal = new ArrayList<>();
		if (!goals.isEmpty()) {
			// the funded initiatives' goal links, lifted to the goals above, then each initiative's sums added once per goal
			Map<Long, Integer> index = goals.index();
			long[][] lifted = goals.lifted();
			Map<Long, long[]> goalsOf = new HashMap<>();
			Map<String, Object> params = new HashMap<>(where.params());
			params.put("goals", goals.ids());
			jdbc.sql("select g.initiative, g.goal_id from initiative_goal g join initiative i on i.id = g.initiative"
					+ where.sql() + " and g.goal_id in (:goals) and i.id in (select f.initiative_id from funding_line f)")
				.params(params)
				.query(rs -> {
					long[] bits = goalsOf.computeIfAbsent(rs.getLong(1), k -> new long[goals.words()]);
					long[] add = lifted[index.get(rs.getLong(2))];
					for (int w = 0; w < bits.length; w++) {
						bits[w] |= add[w];
					}
				});
			long[][] sums = new long[goals.goals().size()][3];
			jdbc.sql("select f.initiative_id, " + SUMS + from + where.sql() + " group by f.initiative_id")
				.params(where.params())
				.query(rs -> {
					long[] bits = goalsOf.get(rs.getLong(1));
					if (bits != null) {
						long applied = rs.getLong(2);
						long granted = rs.getLong(3);
						long spent = rs.getLong(4);
						GoalTree.forEachBit(bits, g -> {
							sums[g][0] += applied;
							sums[g][1] += granted;
							sums[g][2] += spent;
						});
					}
				});
			for (int g = 0; g < goals.goals().size(); g++) {
				GoalRef goal = goals.goals().get(g);
				byGoal.add(new GoalAmounts(goal, goals.depth(goal.id()), new Amounts(sums[g][0], sums[g][1], sums[g][2])));
			}
		}
		return new Summary(new ArrayList<>(new TreeSet<>(byYear.keySet())), cells, bySource, byYear, total[0],
				byMunicipality, byGoal);
	}

}
