package se.regionrum.indicators.flow;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.indicators.CommutingFlow;
import se.regionrum.indicators.Gender;

/** The commuting flows: the reads behind the pages and the API ({@link CommutingFlowsAdapter}), and replacing them. */
@Repository
@Transactional(readOnly = true)
class FlowQueries {

	static final int BATCH = 5_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	FlowQueries(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	List<Integer> years() {
		return jdbc.sql("select distinct flow_year from commuting_flow order by flow_year").query(Integer.class).list();
	}

	List<CommutingFlow> flows(int year, Gender gender, int minPersons) {
		return jdbc.sql("""
				select home_code, work_code, flow_year, gender, persons, example from commuting_flow
				where flow_year = :year and gender = :gender and persons >= :min and home_code <> work_code
				order by persons desc, home_code, work_code""")
			.param("year", year)
			.param("gender", gender.name())
			.param("min", minPersons)
			.query((rs, row) -> new CommutingFlow(rs.getString("home_code"), rs.getString("work_code"),
					rs.getInt("flow_year"), Gender.valueOf(rs.getString("gender").trim()), rs.getInt("persons"),
					rs.getBoolean("example")))
			.list();
	}

	record YearGender(int year, Gender gender) {
	}

	/**
	 * Replaces the flows of some years and genders: deletes what is stored for them, then inserts the
	 * new flows in JDBC batches of {@value #BATCH}. The caller holds the transaction, so that a failure
	 * leaves the old flows.
	 */
	@Transactional
	void replaceFlows(Set<YearGender> replaced, List<ParsedFlow> flows, boolean example) {
		for (YearGender yg : replaced) {
			jdbcTemplate.update("delete from commuting_flow where flow_year = ? and gender = ?", yg.year(), yg.gender().name());
		}
		for (int from = 0; from < flows.size(); from += BATCH) {
			List<ParsedFlow> batch = flows.subList(from, Math.min(flows.size(), from + BATCH));
			jdbcTemplate.batchUpdate("insert into commuting_flow (home_code, work_code, flow_year, gender, persons, example) "
					+ "values (?, ?, ?, ?, ?, ?)", batch, batch.size(), (ps, f) -> {
						ps.setString(1, f.home());
						ps.setString(2, f.work());
						ps.setInt(3, f.year());
						ps.setString(4, f.gender().name());
						ps.setInt(5, f.persons());
						ps.setBoolean(6, example);
					});
		}
	}

	/** Whether no commuting flow is stored yet (the demo data loads them into an empty table). */
	boolean none() {
		return jdbc.sql("select count(*) from commuting_flow").query(Long.class).single() == 0;
	}

}
