package se.regionrum.indicators.indicator;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.ValueStatus;

/**
 * Writes indicator values in JDBC batches, replacing a value already stored for the same indicator,
 * area, year and gender. The caller holds the transaction: an import writes all its batches in one,
 * so that a file with a bad row leaves nothing behind. Standard SQL {@code MERGE}, which H2 and
 * PostgreSQL 15+ both run.
 */
@Component
public class IndicatorValueWriter {

	private static final String MERGE = """
			merge into indicator_value t
			using (values (cast(? as bigint), cast(? as varchar(4)), cast(? as integer), cast(? as char(1)),
			               cast(? as double precision), cast(? as varchar(12)), cast(? as boolean)))
			      as s (indicator_id, area_code, value_year, gender, amount, status, example)
			on t.indicator_id = s.indicator_id and t.area_code = s.area_code and t.value_year = s.value_year and t.gender = s.gender
			when matched then update set amount = s.amount, status = s.status, example = s.example
			when not matched then insert (indicator_id, area_code, value_year, gender, amount, status, example)
			     values (s.indicator_id, s.area_code, s.value_year, s.gender, s.amount, s.status, s.example)""";

	private final JdbcTemplate jdbc;

	IndicatorValueWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the values as one JDBC batch; call it with a few thousand values at a time. */
	public void write(List<IndicatorValue> values) {
		if (values.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(MERGE, values, values.size(), IndicatorValueWriter::bind);
	}

	private static void bind(PreparedStatement ps, IndicatorValue v) throws SQLException {
		ps.setLong(1, v.indicatorId());
		ps.setString(2, v.areaCode());
		ps.setInt(3, v.year());
		ps.setString(4, v.gender().name());
		if (v.value() == null) {
			ps.setNull(5, Types.DOUBLE);
		}
		else {
			ps.setDouble(5, v.value());
		}
		if (v.status() == null || v.status() == ValueStatus.FINAL) {
			ps.setNull(6, Types.VARCHAR);
		}
		else {
			ps.setString(6, v.status().name());
		}
		ps.setBoolean(7, v.example());
	}

}
