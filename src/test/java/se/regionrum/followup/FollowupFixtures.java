package se.regionrum.followup;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Strategies with goals, indicators with values and targets, initiatives, funding, consultations and
 * programmes, inserted with plain SQL (the indicators module has no write API for other modules, and
 * there are no demo indicators yet). Names carry a token so tests can share one database.
 */
public final class FollowupFixtures {

	private final JdbcClient jdbc;

	private final Timestamp now = Timestamp.from(Instant.now());

	public FollowupFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A strategy with its goal areas (one per ten goals, at least one) and goals; returns the goal ids. */
	public record StrategyGoals(long strategyId, List<Long> areaIds, List<Long> goalIds) {
	}

	public StrategyGoals strategy(String name, long owner, boolean published, int periodStart, int goals) {
		jdbc.sql("""
				insert into strategy (name, kind, owner_organisation_id, period_start, period_end, status, published,
				    created_at, updated_at) values (?, 'REGIONAL', ?, ?, ?, 'ADOPTED', ?, ?, ?)""")
			.params(name, owner, periodStart, periodStart + 9, published, now, now)
			.update();
		long strategy = jdbc.sql("select max(id) from strategy where name = ?").param(name).query(Long.class).single();
		List<Long> areas = new ArrayList<>();
		List<Long> goalIds = new ArrayList<>();
		int areaCount = Math.max(1, (goals + 9) / 10);
		for (int a = 0; a < areaCount; a++) {
			areas.add(goal(strategy, null, "GOAL_AREA", String.valueOf(a + 1), "Målområde " + (a + 1), a));
		}
		for (int g = 0; g < goals; g++) {
			int area = g % areaCount;
			goalIds.add(goal(strategy, areas.get(area), "GOAL", (area + 1) + "." + (g / areaCount + 1), "Mål " + (g + 1), g));
		}
		return new StrategyGoals(strategy, areas, goalIds);
	}

	public long goal(long strategy, Long parent, String level, String code, String title, int position) {
		jdbc.sql("""
				insert into goal (strategy_id, parent_id, level, code, title, position, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(strategy, parent, level, code, title, position, now, now)
			.update();
		return jdbc.sql("select max(id) from goal where strategy_id = ? and code = ?").params(strategy, code)
			.query(Long.class).single();
	}

	/** An indicator (own figures) with the given values for one area, gender T, from {@code firstYear} on. */
	public long indicator(String code, String name, boolean higherIsBetter, String areaCode, int firstYear,
			double... values) {
		jdbc.sql("""
				insert into indicator (code, name, unit, source, higher_is_better, created_at, updated_at)
				values (?, ?, 'antal', 'OWN', ?, ?, ?)""")
			.params(code, name, higherIsBetter, now, now)
			.update();
		long id = jdbc.sql("select id from indicator where code = ?").param(code).query(Long.class).single();
		for (int i = 0; i < values.length; i++) {
			jdbc.sql("insert into indicator_value (indicator_id, area_code, value_year, gender, amount) values (?, ?, ?, 'T', ?)")
				.params(id, areaCode, firstYear + i, values[i])
				.update();
		}
		return id;
	}

	public void link(long indicatorId, long goalId, Double target, Integer targetYear) {
		jdbc.sql("insert into indicator_goal (indicator_id, goal_id, target_value, target_year) values (?, ?, ?, ?)")
			.params(indicatorId, goalId, target, targetYear)
			.update();
	}

	/** An initiative in a municipality, linked to a goal, with one funding line (kronor). */
	public long initiative(String title, long owner, long municipality, long goalId, String status, boolean published,
			boolean practiceCase, long applied, long granted, long spent) {
		jdbc.sql("""
				insert into initiative (title, owner_organisation_id, level, status, status_changed_on, place_kind,
				    practice_case, published, created_at, updated_at)
				values (?, ?, 'LOCAL', ?, ?, 'MUNICIPALITIES', ?, ?, ?, ?)""")
			.params(title, owner, status, Date.valueOf(LocalDate.of(2024, 1, 1)), practiceCase, published, now, now)
			.update();
		long id = jdbc.sql("select max(id) from initiative where title = ?").param(title).query(Long.class).single();
		jdbc.sql("insert into initiative_municipality (initiative, organisation_id) values (?, ?)").params(id, municipality)
			.update();
		jdbc.sql("insert into initiative_goal (initiative, goal_id) values (?, ?)").params(id, goalId).update();
		if (applied + granted + spent > 0) {
			jdbc.sql("""
					insert into funding_line (initiative_id, source, funding_year, amount_applied, amount_granted,
					    amount_spent, created_at, updated_at) values (?, 'REGIONAL_DEVELOPMENT_FUNDS', 2024, ?, ?, ?, ?, ?)""")
				.params(id, applied, granted, spent, now, now)
				.update();
		}
		return id;
	}

	/** A consultation of the strategy that included the goals, and one response per organisation with a stance on every goal. */
	public long consultation(long strategy, List<Long> goalIds, List<Long> organisations, List<String> stances) {
		String title = "Remiss " + System.nanoTime();
		jdbc.sql("""
				insert into consultation (strategy_id, title, opens_on, closes_on, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(strategy, title, Date.valueOf(LocalDate.of(2020, 1, 1)), Date.valueOf(LocalDate.of(2020, 3, 1)), now, now)
			.update();
		long id = jdbc.sql("select id from consultation where title = ?").param(title).query(Long.class).single();
		for (Long goal : goalIds) {
			jdbc.sql("insert into consultation_goal (consultation_id, goal_id, level, title) values (?, ?, 'GOAL', 'Mål')")
				.params(id, goal)
				.update();
		}
		for (int i = 0; i < organisations.size(); i++) {
			jdbc.sql("""
					insert into consultation_response (consultation_id, organisation_id, submitted_by, submitted_at, updated_at)
					values (?, ?, 'test', ?, ?)""")
				.params(id, organisations.get(i), now, now)
				.update();
			long response = jdbc.sql("select id from consultation_response where consultation_id = ? and organisation_id = ?")
				.params(id, organisations.get(i)).query(Long.class).single();
			for (Long goal : goalIds) {
				jdbc.sql("insert into consultation_stance (response_id, goal_id, stance) values (?, ?, ?)")
					.params(response, goal, stances.get(i))
					.update();
			}
		}
		return id;
	}

	/** A programme serving the goal. */
	public long programme(String name, long owner, long goalId, boolean published) {
		jdbc.sql("""
				insert into programme (kind, name, start_date, end_date, status, owner_organisation_id, published,
				    created_at, updated_at) values ('PROGRAMME', ?, ?, ?, 'ONGOING', ?, ?, ?, ?)""")
			.params(name, Date.valueOf(LocalDate.of(2022, 1, 1)), Date.valueOf(LocalDate.of(2025, 12, 31)), owner,
					published, now, now)
			.update();
		long id = jdbc.sql("select max(id) from programme where name = ?").param(name).query(Long.class).single();
		jdbc.sql("insert into programme_goal (programme_id, goal_id) values (?, ?)").params(id, goalId).update();
		return id;
	}

	/** A meeting organised by the organisation on the day, with registrations from it (attended or not). */
	public long meeting(String title, Long organiser, LocalDate day, boolean published, long registrationsFrom,
			int registrations, int attended) {
		jdbc.sql("""
				insert into meeting (organiser_id, kind, title, meeting_date, start_time, end_time, published,
				    created_at, updated_at) values (?, 'MUNICIPAL_DIALOGUE', ?, ?, ?, ?, ?, ?, ?)""")
			.params(organiser, title, Date.valueOf(day), java.sql.Time.valueOf("09:00:00"), java.sql.Time.valueOf("12:00:00"),
					published, now, now)
			.update();
		long id = jdbc.sql("select max(id) from meeting where title = ?").param(title).query(Long.class).single();
		for (int i = 0; i < registrations; i++) {
			jdbc.sql("""
					insert into meeting_registration (meeting_id, token, name, email, organisation_name, organisation_key,
					    organisation_id, consent, status, attended, created_at)
					values (?, ?, ?, ?, 'Kommunen', 'kommunen', ?, true, 'CONFIRMED', ?, ?)""")
				.params(id, "t" + System.nanoTime() + i, "Person Hemlig" + i, "hemlig" + i + "@example.org",
						registrationsFrom, i < attended, now)
				.update();
		}
		return id;
	}

}
