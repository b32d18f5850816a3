package se.regionrum.dialogue.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.regionrum.RegionrumApplication;
import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.RunningServerTest;
import se.regionrum.platform.SystemUser;

/**
 * A live presentation across two servers on one database: this class's running context is server
 * A, a second context of the whole application on another port is server B. A participant answers
 * on A and the presenter's screen connected to B shows the count within a second; the presenter
 * moves on A and a phone connected to B follows within a second, once. A thousand answers sent at
 * once, half to A and half to B, are all stored, and B's screen shows the full count within a
 * second of the last answer.
 * <p>
 * On H2 B finds the changes by polling; on PostgreSQL B polls only once a minute, so what arrives
 * within the second came by {@code LISTEN}/{@code NOTIFY}.
 */
class PresentationAcrossServersTest extends RunningServerTest {

	private static final Duration WITHIN = Duration.ofSeconds(1);

	private static final int ANSWERS = 1000;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static ConfigurableApplicationContext serverB;

	private static int portB;

	@Autowired
	MeetingService meetings;

	@Autowired
	PresentationService presentations;

	@BeforeAll
	static void startServerB() {
		boolean postgres = System.getProperty("spring.profiles.active", "").contains("postgres");
		serverB = new SpringApplicationBuilder(RegionrumApplication.class)
			.properties("server.port=0", "regionrum.presentations.change-poll-ms=" + (postgres ? 60_000 : 300))
			.run();
		portB = Integer.parseInt(serverB.getEnvironment().getProperty("local.server.port"));
	}

	@AfterAll
	static void stopServerB() {
		// its own connection pool and listening connection must not outlive the test
		if (serverB != null) {
			serverB.close();
		}
	}

	@Test
	void answersOnOneServerReachTheScreenOnTheOtherAndMovesReachThePhones() throws Exception {
		Presentation p = presentation();

		HttpClient presenter = browser();
		signIn(presenter, portB);
		Events screen = Events.open(presenter, at(portB, "/presentations/" + p.id() + "/screen/events"));
		assertThat(screen.next("results", data -> true)).as("the screen's first event").isNotNull();
		Events phone = Events.open(browser(), at(portB, "/p/" + p.joinCode() + "/events"));
		JsonNode first = phone.next("question", data -> true);
		assertThat(first).as("the phone's first event").isNotNull();
		assertThat(first.path("position").asInt()).isZero();

		// a participant answers on A
		HttpClient participant = browser();
		String page = participant.send(at(port, "/p/" + p.joinCode()).build(), HttpResponse.BodyHandlers.ofString()).body();
		long questionId = presentations.live(p).question().id();
		HttpResponse<String> answered = participant.send(at(port, "/p/" + p.joinCode() + "/answer")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("questionId=" + questionId + "&value=1&_csrf="
					+ URLEncoder.encode(csrf(page), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		long answeredAt = System.nanoTime();
		assertThat(answered.statusCode()).isLessThan(400);
		assertThat(presentations.resultsOf(presentations.live(p).question()).answers()).isEqualTo(1);

		JsonNode counted = screen.next("results", data -> data.path("answers").asInt() == 1);
		assertThat(counted).as("B's screen shows the answer taken by A").isNotNull();
		assertThat(Duration.ofNanos(screen.arrivedAt - answeredAt)).isLessThan(WITHIN);

		// the presenter moves on A
		SystemUser.call(() -> presentations.step(p.id(), 1));
		long movedAt = System.nanoTime();
		JsonNode moved = phone.next("question", data -> data.path("position").asInt() == 1);
		assertThat(moved).as("B's phone follows the move on A").isNotNull();
		assertThat(Duration.ofNanos(phone.arrivedAt - movedAt)).isLessThan(WITHIN);
		// one event per move, though B may learn of it twice (signal and poll)
		assertThat(phone.next("question", data -> true, Duration.ofMillis(900))).as("a second question event").isNull();
	}

	@Test
	void aThousandAnswersSpreadOverBothServersAreAllCountedOnTheScreenOnB() throws Exception {
		Presentation p = presentation();
		long questionId = presentations.live(p).question().id();
		HttpClient presenter = browser();
		signIn(presenter, portB);
		Events screen = Events.open(presenter, at(portB, "/presentations/" + p.id() + "/screen/events"));
		assertThat(screen.next("results", data -> true)).as("the screen's first event").isNotNull();

		// half to A, half to B, all at once, each from a participant of its own
		HttpClient load = HttpClient.newHttpClient();
		List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
		for (int i = 0; i < ANSWERS; i++) {
			String json = """
					{"questionId": %d, "values": ["%d"], "participant": "%032x"}""".formatted(questionId, i % 2, i);
			sent.add(load.sendAsync(at(i % 2 == 0 ? port : portB, "/api/v1/p/" + p.joinCode() + "/answers")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString()));
		}
		for (CompletableFuture<HttpResponse<String>> answer : sent) {
			HttpResponse<String> response = answer.get(2, TimeUnit.MINUTES);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).contains("\"SAVED\"");
		}
		long lastAnsweredAt = System.nanoTime();
		assertThat(presentations.resultsOf(presentations.live(p).question()).answers()).isEqualTo(ANSWERS);

		JsonNode all = screen.next("results", data -> data.path("answers").asInt() == ANSWERS);
		assertThat(all).as("B's screen shows all %d answers", ANSWERS).isNotNull();
		assertThat(Duration.ofNanos(screen.arrivedAt - lastAnsweredAt)).isLessThan(WITHIN);
	}

	private Presentation presentation() {
		String run = RUN + System.nanoTime() % 10_000;
		MeetingForm form = DialogueFixtures.form("Två servrar " + run, LocalDate.now().plusDays(1), null, null);
		Meeting meeting = DialogueFixtures.create(meetings, form);
		return SystemUser.call(() -> presentations.createWithQuestions(meeting.id(), "Incheckning " + run,
				List.of(new PresentationService.NewQuestion(QuestionKind.SINGLE_CHOICE, "Kom du med tåg?", "Ja\nNej"),
						new PresentationService.NewQuestion(QuestionKind.SCALE, "Hur var resan?", null))));
	}

	/** A browser of its own: keeps its cookies (session, device), which hold on either server. */
	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	private static void signIn(HttpClient browser, int server) throws IOException, InterruptedException {
		String login = browser.send(at(server, "/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> signedIn = browser.send(at(server, "/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=test-admin-password&_csrf="
					+ URLEncoder.encode(csrf(login), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
	}

	private static HttpRequest.Builder at(int server, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + server + path)).timeout(Duration.ofSeconds(30));
	}

	private static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		assertThat(m.find()).as("the page carries a CSRF token").isTrue();
		return m.group(1);
	}

	/** A server-sent event stream read as it arrives, with the time each event came. */
	private static final class Events {

		private record Event(String name, String data, long arrivedAt) {
		}

		private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

		/** When the event {@link #next} returned arrived ({@link System#nanoTime()}). */
		long arrivedAt;

		static Events open(HttpClient browser, HttpRequest.Builder request) throws Exception {
			Events stream = new Events();
			HttpResponse<Stream<String>> response = browser.send(request.header("Accept", "text/event-stream").build(),
					HttpResponse.BodyHandlers.ofLines());
			assertThat(response.statusCode()).isEqualTo(200);
			Thread reader = new Thread(() -> stream.read(response.body()), "sse-reader");
			reader.setDaemon(true);
			reader.start();
			return stream;
		}

		private void read(Stream<String> lines) {
			String[] name = { null };
			StringBuilder data = new StringBuilder();
			try {
				lines.forEach(line -> {
					if (line.isEmpty()) {
						if (name[0] != null) {
							events.add(new Event(name[0], data.toString(), System.nanoTime()));
						}
						name[0] = null;
						data.setLength(0);
					}
					else if (line.startsWith("event:")) {
						name[0] = line.substring(6).strip();
					}
					else if (line.startsWith("data:")) {
						data.append(line.substring(5));
					}
				});
			}
			catch (RuntimeException ex) {
				// the server closed the stream
			}
		}

		JsonNode next(String name, Predicate<JsonNode> wanted) throws InterruptedException {
			return next(name, wanted, Duration.ofSeconds(10));
		}

		/** The next event of this name whose data is wanted, skipping others; {@code null} after {@code patience}. */
		JsonNode next(String name, Predicate<JsonNode> wanted, Duration patience) throws InterruptedException {
			long deadline = System.nanoTime() + patience.toNanos();
			for (Event event; (event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null;) {
				JsonNode data = JSON.readTree(event.data());
				if (event.name().equals(name) && wanted.test(data)) {
					arrivedAt = event.arrivedAt();
					return data;
				}
			}
			return null;
		}

	}

}
