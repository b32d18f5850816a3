package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The real app as its own process, as an administrator runs it: the shipped configuration, the
 * default H2 file database (under a temporary working directory), the demo data. It is watched
 * while it starts (it must not serve empty lists before the demo data is in), then killed with
 * {@code destroyForcibly} (SIGKILL) in the middle of a burst of registrations and started again on
 * the same files: every registration that was answered 201 with a personal token must still be
 * there. H2-specific, so it runs the same in the PostgreSQL pass, on its own H2 database.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillAndRestartTest {

	static final String ADMIN_PASSWORD = "kill-test-admin-password";

	static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([0-9a-f]{32})\"");

	static final HttpClient HTTP = AppProcess.HTTP;

	static Path workDir;

	static AppProcess app;

	/** What the first start answered on the meeting list before it was ready: status and body. */
	static final List<String> answersWhileStarting = new ArrayList<>();

	@BeforeAll
	static void startTheAppAndWatchItStart() throws Exception {
		workDir = Files.createTempDirectory("regionrum-kill-test");
		app = start(workDir, "first-start.log");
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (true) {
			assertThat(app.isAlive()).as("the app died while starting; see %s", workDir.resolve("first-start.log")).isTrue();
			assertThat(System.nanoTime()).as("the app did not start in time; see %s", workDir.resolve("first-start.log"))
				.isLessThan(deadline);
			HttpResponse<String> meetings = get("/api/v1/meetings", null);
			if (meetings != null) {
				answersWhileStarting.add(meetings.statusCode() + " " + meetings.body());
				if (meetings.statusCode() == 200 && meetings.body().contains("\"id\"")) {
					break;
				}
			}
			Thread.sleep(100);
		}
	}

	@AfterAll
	static void stopAndCleanUp() throws Exception {
		if (app != null) {
			app.kill();
		}
		if (workDir != null) {
			try (Stream<Path> files = Files.walk(workDir)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	@Order(1)
	void theAppAnswersOnlyWhenTheDemoDataIsIn() throws Exception {
		// before it is ready: "starting" (503 with a problem), never a list without the demo meetings
		assertThat(answersWhileStarting).as("answers to GET /api/v1/meetings while starting")
			.allSatisfy(answer -> assertThat(answer).matches("(?s)(503 .*\"status\":503.*|200 .*\"id\".*)"));
		HttpResponse<String> readiness = get("/actuator/health/readiness", null);
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"UP\"");
	}

	@Test
	@Order(2)
	void everyAcknowledgedRegistrationSurvivesAKill() throws Exception {
		long meetingId = createOpenMeeting();

		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		List<String> unexpected = new CopyOnWriteArrayList<>();
		AtomicInteger sequence = new AtomicInteger();
		CountDownLatch enough = new CountDownLatch(40);
		ExecutorService burst = Executors.newFixedThreadPool(6);
		for (int t = 0; t < 6; t++) {
			burst.submit(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					int n = sequence.incrementAndGet();
					String email = "deltagare-" + n + "@example.org";
					String json = """
							{"name": "Deltagare %d", "email": "%s", "organisationName": "Organisation %d", "consent": true}"""
						.formatted(n, email, n);
					HttpResponse<String> response;
					try {
						response = HTTP.send(request("/api/v1/meetings/" + meetingId + "/registrations")
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(json))
							.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
					}
					catch (IOException gone) {
						return;
					}
					catch (InterruptedException stop) {
						return;
					}
					if (response.statusCode() == 201 && TOKEN.matcher(response.body()).find()) {
						acknowledged.add(email);
						enough.countDown();
					}
					else {
						unexpected.add(response.statusCode() + " " + response.body());
					}
				}
			});
		}
		assertThat(enough.await(2, TimeUnit.MINUTES)).as("registrations answered: %s", acknowledged.size()).isTrue();
		app.kill();
		burst.shutdownNow();
		assertThat(burst.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(unexpected).as("answers other than 201 with a token").isEmpty();
		Set<String> answered = Set.copyOf(acknowledged);

		app = start(workDir, "second-start.log");
		app.awaitReady(START_TIMEOUT);
		HttpResponse<String> participants = get("/api/v1/meetings/" + meetingId + "/registrations", admin());
		assertThat(participants.statusCode()).isEqualTo(200);
		Set<String> stored = Pattern.compile("\"email\"\\s*:\\s*\"([^\"]+)\"").matcher(participants.body()).results()
			.map(match -> match.group(1))
			.collect(Collectors.toSet());
		Set<String> lost = answered.stream().filter(email -> !stored.contains(email)).collect(Collectors.toSet());
		assertThat(lost).as("%d of %d acknowledged registrations lost after the kill", lost.size(), answered.size())
			.isEmpty();
	}

	private static long createOpenMeeting() throws Exception {
		String json = """
				{"kind": "SEMINAR", "title": "Möte som överlever", "date": "%s", "startTime": "09:00",
				 "endTime": "12:00", "published": true}""".formatted(LocalDate.now().plusDays(30));
		HttpResponse<String> created = HTTP.send(request("/api/v1/meetings").header("Authorization", admin())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

	/** The app with the shipped configuration and the default H2 file database under {@code dir}. */
	private static AppProcess start(Path dir, String log) throws IOException {
		return AppProcess.start(dir, log, Map.of("REGIONRUM_ADMIN_USERNAME", "admin", "REGIONRUM_ADMIN_PASSWORD",
				ADMIN_PASSWORD, "REGIONRUM_DEMO", "if-empty"));
	}

	private static HttpRequest.Builder request(String path) {
		return app.request(path);
	}

	/** The answer, or null while nothing listens yet. */
	private static HttpResponse<String> get(String path, String authorization) throws InterruptedException {
		return app.get(path, authorization);
	}

	private static String admin() {
		return AppProcess.basic("admin", ADMIN_PASSWORD);
	}

}
