package se.regionrum.analysis.location;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.regionrum.analysis.location.LocationResults.Candidate;
import se.regionrum.analysis.location.LocationResults.Municipality;
import se.regionrum.analysis.location.LocationResults.Site;
import se.regionrum.analysis.run.JobRowQueries;
import se.regionrum.analysis.run.RunStatus;

/** The tables of location analyses and their results (V48). */
@Repository
class LocationQueries extends JobRowQueries<LocationAnalysis> {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	LocationQueries(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		super(jdbc, "analysis_location");
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	long insert(LocationAnalysis a) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into analysis_location (run_id, service_type, candidate_kind, candidate_input, site_count,
				    objective, cover_minutes, threshold_minutes, municipalities, closable_points, status, progress,
				    started_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
			.params(a.runId(), a.serviceType(), a.candidateKind().name(), a.candidateInput(), a.siteCount(),
					a.objective().name(), a.coverMinutes(), join(a.thresholdMinutes()), nullIfEmpty(a.municipalities()),
					nullIfEmpty(a.closablePoints()), RunStatus.QUEUED.name(), a.startedBy(), Timestamp.from(a.createdAt()),
					Timestamp.from(a.createdAt()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Override
	public Optional<LocationAnalysis> find(long id) {
		return jdbc.sql("select * from analysis_location where id = ?").param(id).query(this::analysis).optional();
	}

	List<LocationAnalysis> ofRun(long runId) {
		return jdbc.sql("select * from analysis_location where run_id = ? order by created_at desc, id desc")
			.param(runId)
			.query(this::analysis)
			.list();
	}

	boolean markDone(long id, int attempt, long durationMs, int candidateCount, double before, double after,
			List<Integer> closedPoints) {
		Timestamp now = Timestamp.from(Instant.now());
		return jdbc.sql("""
				update analysis_location set status = 'DONE', progress = 100, finished_at = ?, updated_at = ?,
				    duration_ms = ?, candidate_count = ?, objective_before = ?, objective_after = ?, closed_points = ?,
				    message_key = null, message_detail = null
				where id = ? and attempts = ? and status = 'RUNNING'""")
			.params(now, now, durationMs, candidateCount, before, after, nullIfEmpty(closedPoints), id, attempt)
			.update() == 1;
	}

	// Results

	void insertCandidates(long id, List<Candidate> candidates) {
		jdbcTemplate.batchUpdate("""
				insert into analysis_location_candidate (location_id, idx, x, y, name, municipality_id, on_network,
				    people_faster, person_minutes_saved, brought_within, brought_within_by_age)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", candidates, 1000, (ps, c) -> {
			ps.setLong(1, id);
			ps.setInt(2, c.idx());
			ps.setDouble(3, c.x());
			ps.setDouble(4, c.y());
			ps.setString(5, c.name());
			ps.setLong(6, c.municipalityId());
			ps.setBoolean(7, c.onNetwork());
			ps.setLong(8, c.peopleFaster());
			ps.setDouble(9, c.personMinutesSaved());
			ps.setString(10, join(c.broughtWithin()));
			ps.setString(11, c.broughtWithinByAge().isEmpty() ? null
					: c.broughtWithinByAge().stream().map(LocationQueries::join).collect(Collectors.joining("|")));
		});
	}

	void insertSites(long id, List<Site> sites) {
		for (Site s : sites) {
			jdbc.sql("""
					insert into analysis_location_site (location_id, site_order, candidate_idx, people_faster,
					    person_minutes_saved, brought_within, objective_after)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, s.order(), s.candidate().idx(), s.peopleFaster(), s.personMinutesSaved(),
						join(s.broughtWithin()), s.objectiveAfter())
				.update();
		}
	}

	void insertMunicipalities(long id, List<Municipality> rows) {
		for (Municipality m : rows) {
			jdbc.sql("""
					insert into analysis_location_municipality (location_id, municipality_id, population,
					    person_minutes_before, person_minutes_after, within_before, within_after)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, m.municipalityId(), m.population(), m.personMinutesBefore(), m.personMinutesAfter(),
						join(m.withinBefore()), join(m.withinAfter()))
				.update();
		}
	}

	/** The candidates in their order. */
	List<Candidate> candidates(long id) {
		return jdbc.sql("select * from analysis_location_candidate where location_id = ? order by idx")
			.param(id)
			.query((rs, n) -> candidate(rs))
			.list();
	}

	/** The candidates with the most person-minutes saved first. */
	List<Candidate> topCandidates(long id, int limit) {
		return jdbc.sql("""
				select * from analysis_location_candidate where location_id = ?
				order by person_minutes_saved desc, idx limit ?""")
			.params(id, limit)
			.query((rs, n) -> candidate(rs))
			.list();
	}

	int offNetworkCount(long id) {
		return jdbc.sql("select count(*) from analysis_location_candidate where location_id = ? and on_network = false")
			.param(id)
			.query(Integer.class)
			.single();
	}

	List<Site> sites(long id) {
		Map<Integer, Candidate> byIdx = jdbc.sql("""
				select c.* from analysis_location_candidate c
				join analysis_location_site s on s.location_id = c.location_id and s.candidate_idx = c.idx
				where c.location_id = ?""")
			.param(id)
			.query((rs, n) -> candidate(rs))
			.list()
			.stream()
			.collect(Collectors.toMap(Candidate::idx, Function.identity()));
		return jdbc.sql("select * from analysis_location_site where location_id = ? order by site_order")
			.param(id)
			.query((rs, n) -> new Site(rs.getInt("site_order"), byIdx.get(rs.getInt("candidate_idx")),
					rs.getLong("people_faster"), rs.getDouble("person_minutes_saved"), longs(rs.getString("brought_within")),
					rs.getDouble("objective_after")))
			.list();
	}

	/** Municipalities before and after, without names (the service adds them). */
	List<Municipality> municipalities(long id) {
		return jdbc.sql("select * from analysis_location_municipality where location_id = ? order by municipality_id")
			.param(id)
			.query((rs, n) -> new Municipality(rs.getLong("municipality_id"), null, rs.getLong("population"),
					rs.getDouble("person_minutes_before"), rs.getDouble("person_minutes_after"),
					longs(rs.getString("within_before")), longs(rs.getString("within_after"))))
			.list();
	}

	private Candidate candidate(ResultSet rs) throws SQLException {
		String byAge = rs.getString("brought_within_by_age");
		List<List<Long>> groups = byAge == null ? List.of()
				: Arrays.stream(byAge.split("\\|", -1)).map(LocationQueries::longs).toList();
		return new Candidate(rs.getInt("idx"), rs.getDouble("x"), rs.getDouble("y"), rs.getString("name"),
				rs.getLong("municipality_id"), rs.getBoolean("on_network"), rs.getLong("people_faster"),
				rs.getDouble("person_minutes_saved"), longs(rs.getString("brought_within")), groups);
	}

	private LocationAnalysis analysis(ResultSet rs, int row) throws SQLException {
		return new LocationAnalysis(rs.getLong("id"), rs.getLong("run_id"), rs.getString("service_type"),
				CandidateKind.valueOf(rs.getString("candidate_kind")), rs.getString("candidate_input"),
				rs.getInt("site_count"), Objective.valueOf(rs.getString("objective")), rs.getInt("cover_minutes"),
				ints(rs.getString("threshold_minutes")), longs(rs.getString("municipalities")),
				ints(rs.getString("closable_points")), RunStatus.valueOf(rs.getString("status")), rs.getInt("progress"),
				rs.getString("message_key"), rs.getString("message_detail"), (Integer) rs.getObject("candidate_count", Integer.class),
				(Double) rs.getObject("objective_before", Double.class), (Double) rs.getObject("objective_after", Double.class),
				ints(rs.getString("closed_points")), rs.getString("started_by"), instant(rs, "created_at"),
				instant(rs, "started_at"), instant(rs, "finished_at"), (Long) rs.getObject("duration_ms", Long.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static String join(List<? extends Number> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(";"));
	}

	private static String nullIfEmpty(List<? extends Number> values) {
		return values == null || values.isEmpty() ? null : join(values);
	}

	static List<Long> longs(String text) {
		List<Long> values = new ArrayList<>();
		if (text != null && !text.isEmpty()) {
			for (String part : text.split(";")) {
				values.add(Long.parseLong(part));
			}
		}
		return values;
	}

	static List<Integer> ints(String text) {
		return longs(text).stream().map(Long::intValue).toList();
	}

}
