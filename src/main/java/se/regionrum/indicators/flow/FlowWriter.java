package se.regionrum.indicators.flow;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.regionrum.indicators.Gender;

/**
 * Replaces the flows of some years and genders: deletes what is stored for them, then inserts the
 * new flows in JDBC batches. The caller holds the transaction, so that a failure leaves the old flows.
 */
@Component
class FlowWriter {

	static final int BATCH = 5_000;

	private final JdbcTemplate jdbc;

	FlowWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record YearGender(int year, Gender gender) {
	}

	void replace(Set<YearGender> replaced, List<ParsedFlow> flows, boolean example) {
		for (YearGender yg : replaced) {
			jdbc.update("delete from commuting_flow where flow_year = ? and gender = ?", yg.year(), yg.gender().name());
		}
		for (int from = 0; from < flows.size(); from += BATCH) {
			List<ParsedFlow> batch = flows.subList(from, Math.min(flows.size(), from + BATCH));
			jdbc.batchUpdate("insert into commuting_flow (home_code, work_code, flow_year, gender, persons, example) "
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

}
