package se.regionrum.indicators.flow;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.indicators.CommutingFlow;
import se.regionrum.indicators.Gender;

/** The read side of commuting flows. */
@Repository
@Transactional(readOnly = true)
class FlowQueries {

	private final JdbcClient jdbc;

	FlowQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

}
