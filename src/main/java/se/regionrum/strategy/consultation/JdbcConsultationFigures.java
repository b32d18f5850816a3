package se.regionrum.strategy.consultation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.regionrum.strategy.ConsultationFigures;
import se.regionrum.strategy.GoalConsensus;

/** Consultation figures for other modules' follow-up pages, one query per method. */
@Component
class JdbcConsultationFigures implements ConsultationFigures {

	private final JdbcClient jdbc;

	JdbcConsultationFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, GoalConsensus> consensusOfGoals(Collection<Long> goalIds) {
		Map<Long, GoalConsensus> result = new LinkedHashMap<>();
		if (goalIds.isEmpty()) {
			return result;
		}
		Map<Long, Long> consultationOf = new HashMap<>();
		Map<Long, Map<Stance, Long>> counts = new LinkedHashMap<>();
		// The latest consultation that included each goal, and the stances given on the goal in it.
		jdbc.sql("""
				select latest.goal_id, latest.consultation_id, s.stance, count(s.stance) stances
				from (select goal_id, max(consultation_id) consultation_id from consultation_goal
				      where goal_id in (:ids) group by goal_id) latest
				left join consultation_response r on r.consultation_id = latest.consultation_id
				left join consultation_stance s on s.response_id = r.id and s.goal_id = latest.goal_id
				group by latest.goal_id, latest.consultation_id, s.stance""")
			.param("ids", goalIds)
			.query(rs -> {
				long goal = rs.getLong("goal_id");
				consultationOf.put(goal, rs.getLong("consultation_id"));
				Map<Stance, Long> byStance = counts.computeIfAbsent(goal, k -> new EnumMap<>(Stance.class));
				String stance = rs.getString("stance");
				if (stance != null) {
					byStance.merge(Stance.valueOf(stance), rs.getLong("stances"), Long::sum);
				}
			});
		counts.forEach((goal, c) -> {
			long supports = c.getOrDefault(Stance.SUPPORTS, 0L);
			long withChanges = c.getOrDefault(Stance.SUPPORTS_WITH_CHANGES, 0L);
			long opposes = c.getOrDefault(Stance.OPPOSES, 0L);
			result.put(goal, new GoalConsensus(goal, consultationOf.get(goal), supports, withChanges, opposes,
					c.getOrDefault(Stance.NO_VIEW, 0L), Agreement.of(supports, withChanges, opposes).name()));
		});
		return result;
	}

	@Override
	public Map<Long, Integer> responsesByOrganisation() {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("select organisation_id, count(*) responses from consultation_response group by organisation_id")
			.query(rs -> {
				counts.put(rs.getLong("organisation_id"), rs.getInt("responses"));
			});
		return counts;
	}

}
