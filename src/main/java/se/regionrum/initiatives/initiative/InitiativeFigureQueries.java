package se.regionrum.initiatives.initiative;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.initiatives.InitiativeFigures.Funding;
import se.regionrum.initiatives.InitiativeFigures.GoalInitiative;
import se.regionrum.initiatives.InitiativeFigures.MunicipalityFigures;
import se.regionrum.initiatives.InitiativeStatus;

/** Initiative figures for follow-up pages: one query per method. */
@Repository
class InitiativeFigureQueries {

	private final JdbcClient jdbc;

	InitiativeFigureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static String visible(boolean publishedOnly) {
		return publishedOnly ? " and i.published = true" : "";
	}

	List<GoalInitiative> linksOfGoals(Collection<Long> goalIds, boolean publishedOnly) {
		if (goalIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select g.goal_id, i.id, i.status from initiative_goal g join initiative i on i.id = g.initiative"
				+ " where g.goal_id in (:ids)" + visible(publishedOnly) + " order by g.goal_id, i.id")
			.param("ids", goalIds)
			.query((rs, n) -> new GoalInitiative(rs.getLong("goal_id"), rs.getLong("id"),
					InitiativeStatus.valueOf(rs.getString("status"))))
			.list();
	}

	Map<Long, Funding> fundingOfGoalInitiatives(Collection<Long> goalIds, boolean publishedOnly) {
		Map<Long, Funding> funding = new LinkedHashMap<>();
		if (goalIds.isEmpty()) {
			return funding;
		}
		jdbc.sql("select f.initiative_id, sum(f.amount_applied) applied, sum(f.amount_granted) granted,"
				+ " sum(f.amount_spent) spent from funding_line f join initiative i on i.id = f.initiative_id"
				+ " where f.initiative_id in (select g.initiative from initiative_goal g where g.goal_id in (:ids))"
				+ visible(publishedOnly) + " group by f.initiative_id")
			.param("ids", goalIds)
			.query(rs -> {
				funding.put(rs.getLong("initiative_id"),
						new Funding(rs.getLong("applied"), rs.getLong("granted"), rs.getLong("spent")));
			});
		return funding;
	}

	Map<Long, MunicipalityFigures> byMunicipality(boolean publishedOnly) {
		Map<Long, MunicipalityFigures> figures = new LinkedHashMap<>();
		jdbc.sql("select m.organisation_id, count(*) initiatives,"
				+ " sum(case when i.practice_case = true then 1 else 0 end) practice_cases"
				+ " from initiative_municipality m join initiative i on i.id = m.initiative where 1=1"
				+ visible(publishedOnly) + " group by m.organisation_id")
			.query(rs -> {
				figures.put(rs.getLong("organisation_id"),
						new MunicipalityFigures(rs.getInt("initiatives"), rs.getInt("practice_cases")));
			});
		return figures;
	}

}
