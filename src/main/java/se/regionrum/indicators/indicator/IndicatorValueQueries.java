package se.regionrum.indicators.indicator;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.ValueStatus;

/**
 * Writes indicator values, replacing a value already stored for the same indicator, area, year and
 * gender (standard SQL {@code MERGE}, which H2 and PostgreSQL 15+ both run). The caller holds the
 * transaction: an import writes all its values in one, so that a file with a bad row leaves nothing
 * behind. Two shapes of statement: {@link #mergeValues} one row per statement in a JDBC batch (the
 * demo, a few thousand values), {@link #importValues} {@value #ROWS} rows per statement, which
 * PostgreSQL runs about twice as fast, with a plain insert for indicators that had no values, which
 * saves H2 and PostgreSQL the lookup of every key (the imports, up to millions of values).
 */
@Repository
public class IndicatorValueQueries {

	static final int ROWS = 500;

	private static final String MERGE = """
			merge into indicator_value t
			using (values (cast(? as bigint), cast(? as varchar(4)), cast(? as integer), cast(? as char(1)),
			               cast(? as double precision), cast(? as varchar(12)), cast(? as boolean)))
			      as s (indicator_id, area_code, value_year, gender, amount, status, example)
			on t.indicator_id = s.indicator_id and t.area_code = s.area_code and t.value_year = s.value_year and t.gender = s.gender
			when matched then update set amount = s.amount, status = s.status, example = s.example
			when not matched then insert (indicator_id, area_code, value_year, gender, amount, status, example)
			     values (s.indicator_id, s.area_code, s.value_year, s.gender, s.amount, s.status, s.example)""";

	private static final String ROW = "(cast(? as bigint), cast(? as varchar(4)), cast(? as integer), cast(? as char(1)), "
			+ "cast(? as double precision), cast(? as varchar(12)), cast(? as boolean))";

	private final JdbcTemplate jdbc;

	private final ConcurrentHashMap<Integer, String> statements = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<Integer, String> inserts = new ConcurrentHashMap<>();

	IndicatorValueQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The indicators that have no values stored: an import inserts theirs instead of merging. */
	public Set<Long> indicatorsWithoutValues() {
		return new HashSet<>(jdbc.queryForList("select i.id from indicator i where not exists "
				+ "(select 1 from indicator_value v where v.indicator_id = i.id)", Long.class));
	}

	/** Stores the values as one JDBC batch; call it with a few thousand values at a time. */
	public void mergeValues(List<IndicatorValue> values) {
		if (values.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(MERGE, values, values.size(), (ps, v) -> bind(ps, 1, v));
	}

	/**
	 * Writes the values; those of the indicators in {@code fresh} (which had no values when the import
	 * began, such as those it created) are inserted, the others merged. An import never has two values
	 * for one key, so an insert meets no stored row unless someone else writes the same indicator at
	 * the same time, and then the key fails the import rather than overwrite.
	 */
	public void importValues(List<IndicatorValue> values, Set<Long> fresh) {
		List<IndicatorValue> insert = new ArrayList<>(values.size());
		List<IndicatorValue> merge = new ArrayList<>();
		for (IndicatorValue v : values) {
			(fresh.contains(v.indicatorId()) ? insert : merge).add(v);
		}
		run(insert, inserts, IndicatorValueQueries::insert);
		run(merge, statements, IndicatorValueQueries::merge);
	}

	private void run(List<IndicatorValue> values, ConcurrentHashMap<Integer, String> cache,
			IntFunction<String> sql) {
		for (int from = 0; from < values.size(); from += ROWS) {
			List<IndicatorValue> chunk = values.subList(from, Math.min(values.size(), from + ROWS));
			jdbc.update(cache.computeIfAbsent(chunk.size(), sql::apply), ps -> bindRows(ps, chunk));
		}
	}

	private static String insert(int rows) {
		StringBuilder sql = new StringBuilder(
				"insert into indicator_value (indicator_id, area_code, value_year, gender, amount, status, example) values ");
		for (int i = 0; i < rows; i++) {
			sql.append(i == 0 ? "" : ", ").append(ROW);
		}
		return sql.toString();
	}

	private static String merge(int rows) {
		StringBuilder sql = new StringBuilder("merge into indicator_value t using (values ");
		for (int i = 0; i < rows; i++) {
			sql.append(i == 0 ? "" : ", ").append(ROW);
		}
		return sql.append("""
				) as s (indicator_id, area_code, value_year, gender, amount, status, example)
				on t.indicator_id = s.indicator_id and t.area_code = s.area_code and t.value_year = s.value_year and t.gender = s.gender
				when matched then update set amount = s.amount, status = s.status, example = s.example
				when not matched then insert (indicator_id, area_code, value_year, gender, amount, status, example)
				     values (s.indicator_id, s.area_code, s.value_year, s.gender, s.amount, s.status, s.example)""")
			.toString();
	}

	private static void bindRows(PreparedStatement ps, List<IndicatorValue> values) throws SQLException {
		int p = 1;
		for (IndicatorValue v : values) {
			bind(ps, p, v);
			p += 7;
		}
	}

	/** Binds the seven columns of one value, from parameter {@code at} on. */
	private static void bind(PreparedStatement ps, int at, IndicatorValue v) throws SQLException {
		ps.setLong(at, v.indicatorId());
		ps.setString(at + 1, v.areaCode());
		ps.setInt(at + 2, v.year());
		ps.setString(at + 3, v.gender().name());
		if (v.value() == null) {
			ps.setNull(at + 4, Types.DOUBLE);
		}
		else {
			ps.setDouble(at + 4, v.value());
		}
		if (v.status() == null || v.status() == ValueStatus.FINAL) {
			ps.setNull(at + 5, Types.VARCHAR);
		}
		else {
			ps.setString(at + 5, v.status().name());
		}
		ps.setBoolean(at + 6, v.example());
	}

}
