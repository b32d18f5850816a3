package se.regionrum.indicators.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.GoalIndicator;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.ValueStatus;
import se.regionrum.platform.Text;

/** The read side of indicators: one statement per question, for pages, exports and other modules ({@link IndicatorsAdapter}). */
@Repository
@Transactional(readOnly = true)
class IndicatorQueries {

	private static final String REF_COLUMNS = "id, code, name, unit, description, source, source_id, source_contents, higher_is_better";

	private static final String VALUE_COLUMNS = "indicator_id, area_code, value_year, gender, amount, status, example";

	private final JdbcClient jdbc;

	IndicatorQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<IndicatorRef> find(long id) {
		return jdbc.sql("select " + REF_COLUMNS + " from indicator where id = :id")
			.param("id", id)
			.query(IndicatorQueries::ref)
			.optional();
	}

	public List<IndicatorRef> all() {
		return jdbc.sql("select " + REF_COLUMNS + " from indicator order by lower(name), id").query(IndicatorQueries::ref).list();
	}

	public Map<Long, IndicatorRef> findAll(Collection<Long> ids) {
		Map<Long, IndicatorRef> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.sql("select " + REF_COLUMNS + " from indicator where id in (:ids) order by lower(name), id")
			.param("ids", ids)
			.query(IndicatorQueries::ref)
			.list()
			.forEach(ref -> found.put(ref.id(), ref));
		return found;
	}

	public List<GoalIndicator> linksOfGoals(Collection<Long> goalIds) {
		return links("goal_id", goalIds, "goal_id, indicator_id");
	}

	/** The goal links of the given indicators, by indicator and goal. */
	List<GoalIndicator> linksOfIndicators(Collection<Long> indicatorIds) {
		return links("indicator_id", indicatorIds, "indicator_id, goal_id");
	}

	private List<GoalIndicator> links(String column, Collection<Long> ids, String order) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select indicator_id, goal_id, target_value, target_year from indicator_goal where " + column
				+ " in (:ids) order by " + order)
			.param("ids", ids)
			.query(IndicatorQueries::link)
			.list();
	}

	public List<GoalIndicator> linksOfIndicator(long indicatorId) {
		return jdbc.sql("""
				select indicator_id, goal_id, target_value, target_year from indicator_goal
				where indicator_id = :id order by goal_id""")
			.param("id", indicatorId)
			.query(IndicatorQueries::link)
			.list();
	}

	public Map<Long, List<IndicatorValue>> series(Collection<Long> indicatorIds, String areaCode, Gender gender) {
		Map<Long, List<IndicatorValue>> series = new LinkedHashMap<>();
		if (indicatorIds.isEmpty()) {
			return series;
		}
		jdbc.sql("select " + VALUE_COLUMNS + """
				 from indicator_value
				where indicator_id in (:ids) and area_code = :area and gender = :gender
				order by indicator_id, value_year""")
			.param("ids", indicatorIds)
			.param("area", areaCode)
			.param("gender", gender.name())
			.query(IndicatorQueries::value)
			.list()
			.forEach(v -> series.computeIfAbsent(v.indicatorId(), id -> new ArrayList<>()).add(v));
		return series;
	}

	public List<IndicatorValue> values(long indicatorId, Collection<String> areaCodes, Gender gender) {
		if (areaCodes.isEmpty()) {
			return jdbc.sql("select " + VALUE_COLUMNS + """
					 from indicator_value where indicator_id = :id and gender = :gender
					order by area_code, value_year""")
				.param("id", indicatorId)
				.param("gender", gender.name())
				.query(IndicatorQueries::value)
				.list();
		}
		return jdbc.sql("select " + VALUE_COLUMNS + """
				 from indicator_value where indicator_id = :id and gender = :gender and area_code in (:areas)
				order by area_code, value_year""")
			.param("id", indicatorId)
			.param("gender", gender.name())
			.param("areas", areaCodes)
			.query(IndicatorQueries::value)
			.list();
	}

	public List<IndicatorValue> valuesOfYear(long indicatorId, int year, Gender gender) {
		return jdbc.sql("select " + VALUE_COLUMNS + """
				 from indicator_value where indicator_id = :id and value_year = :year and gender = :gender
				order by area_code""")
			.param("id", indicatorId)
			.param("year", year)
			.param("gender", gender.name())
			.query(IndicatorQueries::value)
			.list();
	}

	public List<Integer> years(long indicatorId) {
		return jdbc.sql("select distinct value_year from indicator_value where indicator_id = :id order by value_year")
			.param("id", indicatorId)
			.query(Integer.class)
			.list();
	}

	/** The indicator list: filtered by source, goal and a text in code, name, source id or description. */
	public List<IndicatorSummary> list(IndicatorFilter filter) {
		StringBuilder sql = new StringBuilder("select i.id, i.code, i.name, i.unit, i.description, i.source, i.source_id,"
				+ " i.source_contents, i.higher_is_better,"
				+ " (select count(*) from indicator_goal g where g.indicator_id = i.id) as goals,"
				+ " (select min(v.value_year) from indicator_value v where v.indicator_id = i.id) as first_year,"
				+ " (select max(v.value_year) from indicator_value v where v.indicator_id = i.id) as last_year,"
				+ " (select count(*) from indicator_value v where v.indicator_id = i.id and v.example = true) as examples"
				+ " from indicator i where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.source() != null) {
			sql.append(" and i.source = :source");
			params.put("source", filter.source().name());
		}
		if (filter.goal() != null) {
			sql.append(" and exists (select 1 from indicator_goal g where g.indicator_id = i.id and g.goal_id = :goal)");
			params.put("goal", filter.goal());
		}
		if (filter.text() != null) {
			sql.append(" and (lower(i.code) like :text" + Text.LIKE_ESCAPE
					+ " or lower(i.name) like :text" + Text.LIKE_ESCAPE
					+ " or lower(coalesce(i.source_id, '')) like :text" + Text.LIKE_ESCAPE
					+ " or lower(coalesce(i.description, '')) like :text" + Text.LIKE_ESCAPE + ")");
			params.put("text", Text.containsPattern(filter.text()));
		}
		String column = switch (filter.sortOrDefault()) {
			case "code" -> "lower(i.code)";
			case "source" -> "i.source";
			case "unit" -> "lower(i.unit)";
			case "lastYear" -> "last_year";
			default -> "lower(i.name)";
		};
		String dir = filter.descending() ? " desc" : " asc";
		sql.append(" order by ").append(column).append(dir).append(", lower(i.name), i.id");
		return jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
			int first = rs.getInt("first_year");
			Integer firstYear = rs.wasNull() ? null : first;
			int last = rs.getInt("last_year");
			Integer lastYear = rs.wasNull() ? null : last;
			return new IndicatorSummary(ref(rs, row), rs.getInt("goals"), firstYear, lastYear, rs.getLong("examples") > 0);
		}).list();
	}

	/**
	 * The values of one indicator for the given areas, both genders and total, every year: what the
	 * indicator page shows, in one statement.
	 */
	public List<IndicatorValue> valuesOfAreas(long indicatorId, Collection<String> areaCodes) {
		if (areaCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + VALUE_COLUMNS + """
				 from indicator_value where indicator_id = :id and area_code in (:areas)
				order by area_code, value_year, gender""")
			.param("id", indicatorId)
			.param("areas", areaCodes)
			.query(IndicatorQueries::value)
			.list();
	}

	/** Every value of the indicator (all areas, years and genders), for the CSV export. */
	public List<IndicatorValue> allValues(long indicatorId) {
		return jdbc.sql("select " + VALUE_COLUMNS
				+ " from indicator_value where indicator_id = :id order by area_code, value_year, gender")
			.param("id", indicatorId)
			.query(IndicatorQueries::value)
			.list();
	}

	private static IndicatorRef ref(ResultSet rs, int row) throws SQLException {
		return new IndicatorRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("unit"),
				rs.getString("description"), IndicatorSource.valueOf(rs.getString("source")), rs.getString("source_id"),
				rs.getString("source_contents"), rs.getBoolean("higher_is_better"));
	}

	private static GoalIndicator link(ResultSet rs, int row) throws SQLException {
		double target = rs.getDouble("target_value");
		Double targetValue = rs.wasNull() ? null : target;
		int year = rs.getInt("target_year");
		Integer targetYear = rs.wasNull() ? null : year;
		return new GoalIndicator(rs.getLong("indicator_id"), rs.getLong("goal_id"), targetValue, targetYear);
	}

	static IndicatorValue value(ResultSet rs, int row) throws SQLException {
		double v = rs.getDouble("amount");
		Double value = rs.wasNull() ? null : v;
		String status = rs.getString("status");
		return new IndicatorValue(rs.getLong("indicator_id"), rs.getString("area_code"), rs.getInt("value_year"),
				Gender.valueOf(rs.getString("gender").trim()), value,
				status == null ? ValueStatus.FINAL : ValueStatus.valueOf(status), rs.getBoolean("example"));
	}

}
