package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * An analysis run outlives the server that runs it. Two real servers (processes of their own, on a
 * fresh PostgreSQL database of their own, so that no test context's scheduler takes part): A takes
 * a run and is killed with SIGKILL in the middle of it, while it is held at the write of its
 * results (the test locks the result table, so "the middle" is certain, not a race); B, started
 * after, takes the run over once A's heartbeat is missed, runs it again from the beginning and
 * finishes it, once: the run's second attempt, one set of results.
 */
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class RunTakeoverTest {

	private static final String ADMIN_PASSWORD = "takeover-test-admin-password";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private static String serverUrl;

	private static String database;

	private static Path workDir;

	private static AppProcess serverA;

	private static AppProcess serverB;

	@BeforeAll
	static void createDatabase() throws Exception {
		String url = System.getenv().getOrDefault("REGIONRUM_DB_URL", "jdbc:postgresql://127.0.0.1:5432/regionrum");
		serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
		database = "regionrum_takeover_" + System.nanoTime();
		try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
			s.execute("create database " + database);
		}
		workDir = Files.createTempDirectory("regionrum-takeover-test");
	}

	@AfterAll
	static void dropDatabase() throws Exception {
		for (AppProcess server : new AppProcess[] { serverA, serverB }) {
			if (server != null && server.isAlive()) {
				server.kill();
			}
		}
		try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
			s.execute("drop database if exists " + database + " with (force)");
		}
		if (workDir != null) {
			try (Stream<Path> files = Files.walk(workDir)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void aRunWhoseServerIsKilledMidRunIsFinishedByAnotherServer() throws Exception {
		serverA = start("server-a.log");
		serverA.awaitReady(START_TIMEOUT);
		String admin = AppProcess.basic("admin", ADMIN_PASSWORD);
		// the demo data queues a run of its own: let it finish, so that the lock below holds ours only
		long demoDeadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (!"0".equals(single("select count(*) from analysis_run where status in ('QUEUED', 'RUNNING')"))) {
			assertThat(System.nanoTime()).as("the demo run did not finish; see %s", serverA.log()).isLessThan(demoDeadline);
			Thread.sleep(200);
		}

		long runId;
		try (Connection lock = connect(database)) {
			lock.setAutoCommit(false);
			try (Statement s = lock.createStatement()) {
				s.execute("lock table analysis_run_type_result in access exclusive mode");
			}
			runId = startRun(serverA, admin);
			awaitWaitingOnTheLock(runId);
			assertThat(pickedBy(runId)).as("the run's job is held by server A").isNotNull();
			serverA.kill();
			lock.rollback();
		}
		assertThat(single("select status from analysis_run where id = " + runId)).isEqualTo("RUNNING");

		serverB = start("server-b.log");
		serverB.awaitReady(START_TIMEOUT);
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (!"DONE".equals(single("select status from analysis_run where id = " + runId))) {
			assertThat(single("select status from analysis_run where id = " + runId)).as("see %s", serverB.log())
				.isNotEqualTo("FAILED");
			assertThat(System.nanoTime()).as("run %d not finished by server B; see %s", runId, serverB.log())
				.isLessThan(deadline);
			Thread.sleep(200);
		}
		assertThat(single("select attempts from analysis_run where id = " + runId)).as("started on A, again on B")
			.isEqualTo("2");
		assertThat(single("select count(*) from analysis_run_type_result where run_id = " + runId))
			.as("one set of results: one row per service type")
			.isEqualTo(single("select count(distinct service_type) from analysis_run_type_result where run_id = " + runId));
		assertThat(single("select count(*) from scheduled_tasks where task_instance = '" + runId + "'"))
			.as("the job is gone once the run is done").isEqualTo("0");
		HttpResponse<String> run = serverB.get("/api/v1/analysis/runs/" + runId, admin);
		assertThat(run.body()).contains("\"DONE\"");
	}

	private static AppProcess start(String log) throws Exception {
		return AppProcess.start(workDir, log,
				Map.of("REGIONRUM_DB_URL", serverUrl + database, "REGIONRUM_DB_USERNAME", username(),
						"REGIONRUM_DB_PASSWORD", password(), "REGIONRUM_ADMIN_USERNAME", "admin",
						"REGIONRUM_ADMIN_PASSWORD", ADMIN_PASSWORD, "REGIONRUM_DEMO", "if-empty",
						"REGIONRUM_PUBLIC_BASE_URL", "https://regionrum.test"),
				"--spring.profiles.active=postgres", "--regionrum.jobs.heartbeat-interval=1s",
				"--regionrum.jobs.missed-heartbeats=4", "--regionrum.jobs.shutdown-wait=1s");
	}

	/** Starts a run of the demo's grid, network and points through the API of {@code server}. */
	private static long startRun(AppProcess server, String admin) throws Exception {
		long grid = firstId(server.get("/api/v1/analysis/grids", admin));
		long network = firstId(server.get("/api/v1/analysis/networks", admin));
		long points = firstId(server.get("/api/v1/analysis/point-sets", admin));
		String json = """
				{"name": "Övertagen körning", "gridId": %d, "networkId": %d, "pointSetId": %d}"""
			.formatted(grid, network, points);
		HttpResponse<String> started = server.postJson("/api/v1/analysis/runs", admin, json);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		return firstId(started);
	}

	private static long firstId(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		Matcher id = ID.matcher(response.body());
		assertThat(id.find()).as(response.body()).isTrue();
		return Long.parseLong(id.group(1));
	}

	/** Until a session of server A waits for the test's lock: the run has computed and is writing. */
	private static void awaitWaitingOnTheLock(long runId) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (Integer.parseInt(single("select count(*) from pg_stat_activity where datname = '" + database
				+ "' and wait_event_type = 'Lock'")) == 0) {
			assertThat(single("select status from analysis_run where id = " + runId)).as("see %s", serverA.log())
				.isIn("QUEUED", "RUNNING");
			assertThat(System.nanoTime()).as("server A never reached the write of run %d; see %s", runId, serverA.log())
				.isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private static String pickedBy(long runId) throws SQLException {
		return single("select picked_by from scheduled_tasks where picked and task_instance = '" + runId + "'");
	}

	private static String single(String sql) throws SQLException {
		try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	private static Connection connect(String db) throws SQLException {
		return DriverManager.getConnection(serverUrl + db, username(), password());
	}

	private static String username() {
		return System.getenv().getOrDefault("REGIONRUM_DB_USERNAME", "postgres");
	}

	private static String password() {
		return System.getenv().getOrDefault("REGIONRUM_DB_PASSWORD", "");
	}

}
