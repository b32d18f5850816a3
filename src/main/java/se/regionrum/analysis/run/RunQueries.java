package se.regionrum.analysis.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.regionrum.analysis.dataset.IntColumns;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.analysis.run.AnalysisRun.AddedPoint;
import se.regionrum.analysis.run.RunResults.AgeGroupImpact;
import se.regionrum.analysis.run.RunResults.MunicipalitySummary;
import se.regionrum.analysis.run.RunResults.PointImpact;
import se.regionrum.analysis.run.RunResults.TypeColumns;
import tools.jackson.databind.json.JsonMapper;

/** The tables of runs and their results. */
@Repository
class RunQueries extends JobRowQueries<AnalysisRun> {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final JsonMapper json;

	RunQueries(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json) {
		super(jdbc, "analysis_run");
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.json = json;
	}

	long insert(AnalysisRun run) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into analysis_run (name, status, progress, grid_id, grid_checksum, network_id, network_checksum,
				    point_set_id, point_set_checksum, base_run_id, closed_points, added_points, settings, service_types,
				    synthetic, started_by, created_at, updated_at, travel_mode)
				values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(run.name(), RunStatus.QUEUED.name(), run.gridId(), run.gridChecksum(), run.networkId(),
					run.networkChecksum(), run.pointSetId(), run.pointSetChecksum(), run.baseRunId(),
					run.closedPoints().isEmpty() ? null
							: run.closedPoints().stream().map(String::valueOf).collect(Collectors.joining(",")),
					run.addedPoints().isEmpty() ? null : json.writeValueAsString(run.addedPoints()),
					json.writeValueAsString(run.settings()), String.join(",", run.serviceTypes()), run.synthetic(),
					run.startedBy(), Timestamp.from(run.createdAt()), Timestamp.from(run.createdAt()), run.mode().name())
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Override
	public Optional<AnalysisRun> find(long id) {
		return jdbc.sql("select * from analysis_run where id = ?").param(id).query(this::run).optional();
	}

	List<AnalysisRun> list(int limit) {
		return jdbc.sql("select * from analysis_run order by created_at desc, id desc limit ?").param(limit)
			.query(this::run)
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from analysis_run").query(Long.class).single();
	}

	long countDone() {
		return jdbc.sql("select count(*) from analysis_run where status = 'DONE'").query(Long.class).single();
	}

	Optional<AnalysisRun> latestDone() {
		return jdbc.sql("select * from analysis_run where status = 'DONE' and base_run_id is null "
				+ "order by finished_at desc, id desc limit 1").query(this::run).optional();
	}

	/**
	 * Marks the run's attempt done, holding the run's row for the caller's transaction that stores
	 * the results; false (and nothing changed) when that attempt is no longer the run's current one.
	 */
	boolean markDone(long id, int attempt, Instant at, long durationMs, int cellCount, long population,
			int cellsOffNetwork, long populationOffNetwork, int pointCount, int pointsOffNetwork) {
		return jdbc.sql("""
				update analysis_run set status = 'DONE', progress = 100, finished_at = ?, updated_at = ?, duration_ms = ?,
				    cell_count = ?, population = ?, cells_off_network = ?, population_off_network = ?, point_count = ?,
				    points_off_network = ?, message_key = null, message_detail = null
				where id = ? and attempts = ? and status = 'RUNNING'""")
			.params(Timestamp.from(at), Timestamp.from(at), durationMs, cellCount, population, cellsOffNetwork,
					populationOffNetwork, pointCount, pointsOffNetwork, id, attempt)
			.update() == 1;
	}

	// Results

	void insertTypeColumns(long runId, String type, TypeColumns columns) {
		jdbc.sql("insert into analysis_run_type_result (run_id, service_type, times, meters, nearest) values (?, ?, ?, ?, ?)")
			.params(runId, type, IntColumns.pack(columns.times()), IntColumns.pack(columns.meters()),
					IntColumns.pack(columns.nearest()))
			.update();
	}

	Optional<TypeColumns> typeColumns(long runId, String type) {
		return jdbc.sql("select times, meters, nearest from analysis_run_type_result where run_id = ? and service_type = ?")
			.params(runId, type)
			.query((rs, n) -> new TypeColumns(IntColumns.unpack(rs.getBytes(1)), IntColumns.unpack(rs.getBytes(2)),
					IntColumns.unpack(rs.getBytes(3))))
			.optional();
	}

	void insertImpacts(long runId, List<PointImpact> impacts) {
		List<Object[]> rows = new ArrayList<>();
		for (PointImpact p : impacts) {
			rows.add(new Object[] { runId, p.seq(), p.type(), p.name(), p.x(), p.y(),
					p.municipalityId() == 0 ? null : p.municipalityId(), p.onNetwork(), p.added(), p.served(),
					p.affected(), p.addedPersonMinutes(), p.stranded(), joined(p.pushedPast()),
					p.byAge().isEmpty() ? null : joined(p.byAge().stream().map(AgeGroupImpact::affected).toList()),
					p.byAge().isEmpty() ? null
							: p.byAge().stream().map(a -> joined(a.pushedPast())).collect(Collectors.joining(AGE_SEPARATOR)) });
		}
		jdbcTemplate.batchUpdate("""
				insert into analysis_run_point_impact (run_id, seq, service_type, name, x, y, municipality_id,
				    on_network, added, served, affected, added_person_minutes, stranded, pushed_past, affected_by_age,
				    pushed_past_by_age)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/** The impacts of a run, with the grid's age-group names for the by-age figures. */
	List<PointImpact> impacts(long runId, List<String> ageGroups) {
		// the source (an OSM id, say) is the stored point's, for naming points that have no name
		return jdbc.sql("""
				select i.*, p.source as point_source from analysis_run_point_impact i
				join analysis_run r on r.id = i.run_id
				left join analysis_service_point p on p.point_set_id = r.point_set_id and p.seq = i.seq and i.added = false
				where i.run_id = ? order by i.seq""")
			.param(runId)
			.query((rs, n) -> new PointImpact(rs.getInt("seq"), rs.getString("service_type"), rs.getString("name"),
					rs.getString("point_source"), rs.getDouble("x"), rs.getDouble("y"), rs.getLong("municipality_id"),
					rs.getBoolean("on_network"),
					rs.getBoolean("added"), rs.getLong("served"), rs.getLong("affected"),
					rs.getDouble("added_person_minutes"), rs.getLong("stranded"), longs(rs.getString("pushed_past")),
					byAge(ageGroups, rs.getString("affected_by_age"), rs.getString("pushed_past_by_age"))))
			.list();
	}

	private static List<AgeGroupImpact> byAge(List<String> names, String affected, String pushed) {
		List<Long> affectedByAge = longs(affected);
		String[] pushedByAge = pushed == null ? new String[0] : pushed.split(Pattern.quote(AGE_SEPARATOR), -1);
		List<AgeGroupImpact> byAge = new ArrayList<>();
		for (int g = 0; g < affectedByAge.size(); g++) {
			byAge.add(new AgeGroupImpact(g < names.size() ? names.get(g) : String.valueOf(g + 1), affectedByAge.get(g),
					g < pushedByAge.length ? longs(pushedByAge[g]) : List.of()));
		}
		return byAge;
	}

	void insertSummaries(long runId, List<MunicipalitySummary> summaries) {
		List<Object[]> rows = new ArrayList<>();
		for (MunicipalitySummary s : summaries) {
			rows.add(new Object[] { runId, s.type(), s.municipalityId(), s.municipalityName(), s.population(),
					s.band0to10(), s.band10to20(), s.band20to30(), s.bandOver30(), s.unreachable(), s.personMinutes(),
					s.personKm(), joined(s.beyondThresholds()), joined(s.kmBands()), joined(s.beyondKm()) });
		}
		jdbcTemplate.batchUpdate("""
				insert into analysis_run_municipality (run_id, service_type, municipality_id, municipality_name,
				    population, band_0_10, band_10_20, band_20_30, band_over_30, unreachable, person_minutes, person_km,
				    beyond_thresholds, km_bands, beyond_km) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	List<MunicipalitySummary> summaries(long runId) {
		return jdbc.sql("select * from analysis_run_municipality where run_id = ? "
				+ "order by service_type, municipality_id = 0, lower(municipality_name)")
			.param(runId)
			.query((rs, n) -> new MunicipalitySummary(rs.getString("service_type"), rs.getLong("municipality_id"),
					rs.getString("municipality_name"), rs.getLong("population"), rs.getLong("band_0_10"),
					rs.getLong("band_10_20"), rs.getLong("band_20_30"), rs.getLong("band_over_30"),
					rs.getLong("unreachable"), rs.getDouble("person_minutes"), rs.getDouble("person_km"),
					longs(rs.getString("beyond_thresholds")), longs(rs.getString("km_bands")),
					longs(rs.getString("beyond_km"))))
			.list();
	}

	/** Separates the age groups' lists in {@code pushed_past_by_age}; values within one are separated by ";". */
	private static final String AGE_SEPARATOR = "|";

	private static String joined(List<Long> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(";"));
	}

	private static List<Long> longs(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(text.split(";")).map(Long::valueOf).toList();
	}

	private AnalysisRun run(ResultSet rs, int n) throws SQLException {
		String closed = rs.getString("closed_points");
		String added = rs.getString("added_points");
		return new AnalysisRun(rs.getLong("id"), rs.getString("name"), RunStatus.valueOf(rs.getString("status")),
				rs.getInt("progress"), rs.getString("message_key"), rs.getString("message_detail"), rs.getLong("grid_id"),
				rs.getString("grid_checksum"), rs.getLong("network_id"), rs.getString("network_checksum"),
				rs.getLong("point_set_id"), rs.getString("point_set_checksum"), rs.getObject("base_run_id", Long.class),
				closed == null ? List.of() : Arrays.stream(closed.split(",")).map(Integer::valueOf).toList(),
				added == null ? List.of() : List.of(json.readValue(added, AddedPoint[].class)),
				json.readValue(rs.getString("settings"), RunSettings.class),
				List.of(rs.getString("service_types").split(",")), rs.getBoolean("synthetic"), rs.getString("started_by"),
				instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"), instant(rs, "updated_at"),
				rs.getObject("duration_ms", Long.class), rs.getObject("cell_count", Integer.class),
				rs.getObject("population", Long.class), rs.getObject("cells_off_network", Integer.class),
				rs.getObject("point_count", Integer.class), rs.getObject("points_off_network", Integer.class),
				rs.getObject("population_off_network", Long.class), TravelMode.valueOf(rs.getString("travel_mode")));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
