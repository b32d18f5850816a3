package se.regionrum.followup.programme;

import java.sql.Date;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The programme list, and a programme's goal links, partners, statements, measures and
 * outcomes (small tables written in the same transaction as the programme).
 */
@Repository
public class ProgrammeQueries {

	static final String RESULT = "RESULT";

	static final String LESSON = "LESSON";

	private final JdbcClient jdbc;

	ProgrammeQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ProgrammeSummary> find(ProgrammeFilter filter, boolean publishedOnly) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where 1=1");
		if (publishedOnly) {
			where.append(" and p.published = true");
		}
		if (filter.status() != null) {
			where.append(" and p.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.year() != null) {
			where.append(" and p.start_date <= :yearEnd and p.end_date >= :yearStart");
			params.put("yearStart", Date.valueOf(java.time.LocalDate.of(filter.year(), 1, 1)));
			params.put("yearEnd", Date.valueOf(java.time.LocalDate.of(filter.year(), 12, 31)));
		}
		if (filter.owner() != null) {
			where.append(" and p.owner_organisation_id = :owner");
			params.put("owner", filter.owner());
		}
		if (filter.goal() != null) {
			where.append(" and exists (select 1 from programme_goal g where g.programme_id = p.id and g.goal_id = :goal)");
			params.put("goal", filter.goal());
		}
		String direction = filter.descending() ? " desc" : " asc";
		String order = switch (filter.sortOrDefault()) {
			case "name" -> "lower(p.name)" + direction + ", p.id";
			case "status" -> "p.status" + direction + ", p.start_date desc, p.id";
			default -> "p.start_date" + direction + ", p.id";
		};
		return jdbc.sql("select p.id, p.kind, p.name, p.status, p.start_date, p.end_date, p.owner_organisation_id,"
				+ " p.published, (select count(*) from activity a where a.programme_id = p.id) activities,"
				+ " (select coalesce(sum(c.spent), 0) from cost_line c where c.programme_id = p.id) spent"
				+ " from programme p" + where + " order by " + order)
			.params(params)
			.query((rs, n) -> new ProgrammeSummary(rs.getLong("id"), ProgrammeKind.valueOf(rs.getString("kind")),
					rs.getString("name"), ProgrammeStatus.valueOf(rs.getString("status")),
					rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
					rs.getLong("owner_organisation_id"), rs.getBoolean("published"), rs.getLong("activities"),
					rs.getLong("spent")))
			.list();
	}

	// goal links

	public List<Long> goalIds(long programmeId) {
		return jdbc.sql("select goal_id from programme_goal where programme_id = ? order by goal_id")
			.param(programmeId).query(Long.class).list();
	}

	/** A programme linked to a goal, for the goal dashboards. */
	public record GoalProgramme(long goalId, long programmeId, String name, ProgrammeStatus status) {
	}

	/** The programmes linked to any of the given goals, by name; one query. */
	public List<GoalProgramme> servingGoals(Collection<Long> goalIds, boolean publishedOnly) {
		if (goalIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select g.goal_id, p.id, p.name, p.status from programme_goal g join programme p on p.id = g.programme_id"
				+ " where g.goal_id in (:ids)" + (publishedOnly ? " and p.published = true" : "") + " order by lower(p.name), p.id")
			.param("ids", goalIds)
			.query((rs, n) -> new GoalProgramme(rs.getLong("goal_id"), rs.getLong("id"), rs.getString("name"),
					ProgrammeStatus.valueOf(rs.getString("status"))))
			.list();
	}

	void replaceGoals(long programmeId, Collection<Long> goalIds) {
		jdbc.sql("delete from programme_goal where programme_id = ?").param(programmeId).update();
		for (Long goal : new java.util.LinkedHashSet<>(goalIds)) {
			jdbc.sql("insert into programme_goal (programme_id, goal_id) values (?, ?)").params(programmeId, goal).update();
		}
	}

	// partners

	public List<Partner> partners(long programmeId) {
		return jdbc.sql("select organisation_id, name, role from programme_partner where programme_id = ? order by position")
			.param(programmeId)
			.query((rs, n) -> {
				long organisation = rs.getLong("organisation_id");
				return new Partner(rs.wasNull() ? null : organisation, rs.getString("name"), rs.getString("role"));
			})
			.list();
	}

	void replacePartners(long programmeId, List<Partner> partners) {
		jdbc.sql("delete from programme_partner where programme_id = ?").param(programmeId).update();
		int position = 0;
		for (Partner p : partners) {
			jdbc.sql("insert into programme_partner (programme_id, position, organisation_id, name, role) values (?, ?, ?, ?, ?)")
				.params(programmeId, position++, p.organisationId(), p.name(), p.role())
				.update();
		}
	}

	// results and lessons

	public List<String> statements(long programmeId, String kind) {
		return jdbc.sql("select text from programme_statement where programme_id = ? and kind = ? order by position")
			.params(programmeId, kind).query(String.class).list();
	}

	void replaceStatements(long programmeId, String kind, List<String> texts) {
		jdbc.sql("delete from programme_statement where programme_id = ? and kind = ?").params(programmeId, kind).update();
		int position = 0;
		for (String text : texts) {
			jdbc.sql("insert into programme_statement (programme_id, kind, position, text) values (?, ?, ?, ?)")
				.params(programmeId, kind, position++, text)
				.update();
		}
	}

	// measured results

	public List<Measure> measures(long programmeId) {
		return jdbc.sql("select kind, plan_type_code, indicator_id from programme_measure where programme_id = ? order by position")
			.param(programmeId)
			.query((rs, n) -> new Measure(MeasureKind.valueOf(rs.getString("kind")), rs.getString("plan_type_code"),
					rs.getObject("indicator_id", Long.class)))
			.list();
	}

	void replaceMeasures(long programmeId, List<Measure> measures) {
		jdbc.sql("delete from programme_measure where programme_id = ?").param(programmeId).update();
		int position = 0;
		for (Measure m : measures) {
			jdbc.sql("insert into programme_measure (programme_id, position, kind, plan_type_code, indicator_id)"
					+ " values (?, ?, ?, ?, ?)")
				.params(programmeId, position++, m.kind().name(), m.planTypeCode(), m.indicatorId())
				.update();
		}
	}

	// outcomes (initiatives)

	public List<Long> outcomeIds(long programmeId) {
		return jdbc.sql("select initiative_id from programme_outcome where programme_id = ? order by initiative_id")
			.param(programmeId).query(Long.class).list();
	}

	void replaceOutcomes(long programmeId, Collection<Long> initiativeIds) {
		jdbc.sql("delete from programme_outcome where programme_id = ?").param(programmeId).update();
		for (Long id : new java.util.LinkedHashSet<>(initiativeIds)) {
			jdbc.sql("insert into programme_outcome (programme_id, initiative_id) values (?, ?)").params(programmeId, id).update();
		}
	}

	// evaluation surveys

	public List<Long> surveyIds(long evaluationId) {
		return jdbc.sql("select survey_id from evaluation_survey where evaluation_id = ? order by survey_id")
			.param(evaluationId).query(Long.class).list();
	}

	void replaceSurveys(long evaluationId, Collection<Long> surveyIds) {
		jdbc.sql("delete from evaluation_survey where evaluation_id = ?").param(evaluationId).update();
		for (Long id : new java.util.LinkedHashSet<>(surveyIds)) {
			jdbc.sql("insert into evaluation_survey (evaluation_id, survey_id) values (?, ?)").params(evaluationId, id).update();
		}
	}

	/** Every programme, unpublished included: the demo data loads only into an empty module. */
	public long countAll() {
		return jdbc.sql("select count(*) from programme").query(Long.class).single();
	}

	/** Whether a programme has exactly this name (the demo data is matched by name). */
	public boolean existsWithName(String name) {
		return jdbc.sql("select count(*) from programme where name = ?").param(name).query(Long.class).single() > 0;
	}

}
