package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two servers on one PostgreSQL under the load a rush brings, through HTTP only, as clients behind a
 * load balancer without sticky sessions send it: half of the requests go to server A (this class's
 * running context), half to server B (a second context on the same database). 500 people from 100
 * organisations register at the same moment for a meeting with 40 places and at most 3 people per
 * organisation; 1,000 phones answer the question a presentation shows. Every request is answered,
 * the limits hold across both servers (the meeting row lock is the database's, not a server's) and
 * no answer is lost. Runs in the PostgreSQL pass only: H2 in one JVM proves nothing about two servers.
 */
@EnabledIfSystemProperty(named = "regionrum.test.profile", matches = "postgres")
class ClusterLoadTest extends RunningServerTest {

	private static final int PEOPLE = 500;

	private static final int ORGANISATIONS = 100;

	private static final int CAPACITY = 40;

	private static final int QUOTA = 3;

	private static final int ANSWERS = 1000;

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

	private static SecondServer serverB;

	/** One client for the load: HTTP/1.1, a connection per request in flight, as many browsers would open. */
	private static final HttpClient LOAD = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(20))
		.executor(Executors.newFixedThreadPool(8, task -> {
			Thread thread = new Thread(task, "cluster-load-client");
			thread.setDaemon(true);
			return thread;
		}))
		.build();

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startServerB() {
		serverB = SecondServer.start();
	}

	@AfterAll
	static void stopServerB() {
		if (serverB != null) {
			serverB.close();
		}
	}

	@Test
	void fiveHundredRegistrationsOnTwoServersKeepCapacityAndQuota() throws Exception {
		long meeting = createMeeting("Rusning på två servrar " + RUN, CAPACITY, QUOTA);

		List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			String json = """
					{"name": "Person %d", "email": "person%d-%s@example.org", "organisationName": "Klusterkommun %s nr %d", "consent": true}"""
				.formatted(i, i, RUN, RUN, i % ORGANISATIONS);
			sent.add(LOAD.sendAsync(json(server(i), "/api/v1/meetings/" + meeting + "/registrations", json).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
		}
		Map<String, Integer> byStatus = new ConcurrentHashMap<>();
		for (CompletableFuture<HttpResponse<String>> answer : sent) {
			HttpResponse<String> response = answer.get(90, TimeUnit.SECONDS);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			Matcher status = STATUS.matcher(response.body());
			assertThat(status.find()).as(response.body()).isTrue();
			byStatus.merge(status.group(1), 1, Integer::sum);
		}

		// every organisation sent 5 people: 3 registered (confirmed or wait-listed), 2 refused
		assertThat(byStatus).containsEntry("CONFIRMED", CAPACITY)
			.containsEntry("WAITLISTED", ORGANISATIONS * QUOTA - CAPACITY)
			.containsEntry("REFUSED", PEOPLE - ORGANISATIONS * QUOTA);
		assertThat(jdbc.sql("select count(*) from meeting_registration where meeting_id = ? and status = 'CONFIRMED'")
			.param(meeting)
			.query(Integer.class)
			.single()).isEqualTo(CAPACITY);
		assertThat(jdbc.sql("""
				select count(*) from meeting_registration where meeting_id = ? and status in ('CONFIRMED', 'WAITLISTED')
				group by organisation_key""").param(meeting).query(Integer.class).list())
			.hasSize(ORGANISATIONS)
			.allSatisfy(registered -> assertThat(registered).isEqualTo(QUOTA));
	}

	@Test
	void aThousandAnswersOnTwoServersAreAllStored() throws Exception {
		long meeting = createMeeting("Omröstning på två servrar " + RUN, null, null);
		HttpResponse<String> created = send(json(port, "/api/v1/meetings/" + meeting + "/presentations", """
				{"title": "Klusterprov", "questions": [{"kind": "SINGLE_CHOICE", "question": "Ska vi?", "options": "Ja\\nNej\\nVet inte"}]}""")
			.header("Authorization", basic("admin", "test-admin-password")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long presentation = firstId(created.body());
		String code = created.body().replaceAll("(?s).*\"joinCode\"\\s*:\\s*\"(\\d{8})\".*", "$1");
		long question = Long.parseLong(created.body().replaceAll("(?s).*\"currentQuestionId\"\\s*:\\s*(\\d+).*", "$1"));

		List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
		for (int i = 0; i < ANSWERS; i++) {
			String json = """
					{"questionId": %d, "values": ["%d"], "participant": "%032x"}""".formatted(question, i % 3, i);
			sent.add(LOAD.sendAsync(json(server(i), "/api/v1/p/" + code + "/answers", json).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
		}
		for (CompletableFuture<HttpResponse<String>> answer : sent) {
			HttpResponse<String> response = answer.get(90, TimeUnit.SECONDS);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).contains("\"SAVED\"");
		}

		assertThat(jdbc.sql("select count(*) from presentation_answer where question_id = ?")
			.param(question)
			.query(Integer.class)
			.single()).isEqualTo(ANSWERS);
		for (int server : new int[] { port, serverB.port() }) {
			HttpResponse<String> results = send(at(server, "/api/v1/presentations/" + presentation + "/questions/" + question
					+ "/results").header("Authorization", basic("admin", "test-admin-password")));
			assertThat(results.statusCode()).isEqualTo(200);
			assertThat(results.body()).contains("\"answers\":" + ANSWERS);
		}
	}

	/** A published meeting a month ahead with a waiting list, created through the API as the administrator. */
	private long createMeeting(String title, Integer capacity, Integer quota) throws Exception {
		HttpResponse<String> created = send(json(port, "/api/v1/meetings", """
				{"kind": "SEMINAR", "title": "%s", "date": "%s", "startTime": "10:00", "endTime": "15:00", "place": "Falun",
				 "published": true, "capacity": %s, "perOrganisationLimit": %s, "waitingList": true}"""
			.formatted(title, LocalDate.now().plusDays(30), capacity, quota))
			.header("Authorization", basic("admin", "test-admin-password")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return firstId(created.body());
	}

	/** Even requests to A, odd ones to B. */
	private int server(int request) {
		return request % 2 == 0 ? port : serverB.port();
	}

	private HttpRequest.Builder at(int server, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + server + path)).timeout(Duration.ofSeconds(60));
	}

	private HttpRequest.Builder json(int server, String path, String body) {
		return at(server, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private static long firstId(String body) {
		Matcher id = ID.matcher(body);
		assertThat(id.find()).as(body).isTrue();
		return Long.parseLong(id.group(1));
	}

}
