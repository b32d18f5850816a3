package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Two application servers on one database, as behind a load balancer without sticky sessions:
 * server A is this class's running context, server B a second context of the whole application on
 * another port in the same JVM, on the same database (the shared in-memory H2, or the PostgreSQL
 * test database). A session started on A (sign-in and CSRF token) is valid on B and the other way
 * round, because sessions live in the database. B is watched while it starts: its readiness probe
 * says "refusing" until the start-up work (migrations, first administrator, demo data) is done.
 */
class TwoServersTest extends RunningServerTest {

	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"|content=\"([^\"]+)\" name=\"_csrf\"");

	/** What B's probes and a page answered while B's start-up work ran: path to status. */
	private static final Map<String, Integer> answersWhileStarting = new ConcurrentHashMap<>();

	private static SecondServer serverB;

	private static int portB;

	@BeforeAll
	static void startServerB() {
		serverB = SecondServer.start(new ProbeWhileStarting());
		portB = serverB.port();
	}

	@AfterAll
	static void stopServerB() {
		if (serverB != null) {
			serverB.close();
		}
	}

	@Test
	void aSessionStartedOnOneServerIsValidOnTheOther() throws Exception {
		Browser browser = new Browser();
		browser.signIn(port);

		// signed in on A, served by B
		HttpResponse<String> audit = browser.get(portB, "/admin/audit");
		assertThat(audit.statusCode()).isEqualTo(200);
		assertThat(audit.body()).contains("lang=\"sv\"");

		// the language choice is a cookie of its own, so it too holds on any server
		assertThat(browser.get(portB, "/admin/audit?lang=en").body()).contains("lang=\"en\"");
		assertThat(browser.get(port, "/admin/audit").body()).contains("lang=\"en\"");

		// the CSRF token of a page from B is accepted by A; a wrong one is refused
		String token = csrf(browser.get(portB, "/admin/audit").body());
		assertThat(browser.post(port, "/logout", "_csrf=wrong").statusCode()).isEqualTo(403);
		assertThat(browser.get(portB, "/admin/audit").statusCode()).isEqualTo(200);
		HttpResponse<String> signedOut = browser.post(port, "/logout", "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));

		// signed out on A means signed out on B
		HttpResponse<String> afterwards = browser.get(portB, "/admin/audit");
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
	}

	@Test
	void theApiStartsNoSessionOnEitherServer() throws Exception {
		for (int server : new int[] { port, portB }) {
			HttpResponse<String> meetings = send(at(server, "/api/v1/meetings").header("Authorization",
					basic("admin", "test-admin-password")));
			assertThat(meetings.statusCode()).isEqualTo(200);
			assertThat(meetings.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(SessionCookie.NAME + "="));
		}
	}

	@Test
	void serverBWasNotReadyWhileItsStartUpWorkRan() throws Exception {
		assertThat(answersWhileStarting).containsEntry("/actuator/health/readiness", 503)
			.containsEntry("/actuator/health/liveness", 200)
			.containsEntry("/meetings", 503);
		HttpResponse<String> ready = send(at(portB, "/actuator/health/readiness"));
		assertThat(ready.statusCode()).isEqualTo(200);
		assertThat(ready.body()).contains("\"status\":\"UP\"");
		assertThat(send(at(portB, "/actuator/health/liveness")).statusCode()).isEqualTo(200);
	}

	@Test
	void theActuatorShowsNothingButHealth() throws Exception {
		assertThat(send(at(portB, "/actuator/health")).statusCode()).isEqualTo(200);
		Browser admin = new Browser();
		admin.signIn(portB);
		for (String path : List.of("/actuator", "/actuator/info", "/actuator/env", "/actuator/beans",
				"/actuator/configprops", "/actuator/sessions", "/actuator/metrics", "/actuator/heapdump",
				"/actuator/loggers", "/actuator/mappings", "/actuator/shutdown")) {
			assertThat(send(at(portB, path)).statusCode()).as("anonymous " + path).isEqualTo(404);
			assertThat(admin.get(portB, path).statusCode()).as("administrator " + path).isEqualTo(404);
		}
	}

	private HttpRequest.Builder at(int server, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + server + path)).timeout(Duration.ofSeconds(30));
	}

	private static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		assertThat(m.find()).as("the page carries a CSRF token").isTrue();
		return m.group(1) != null ? m.group(1) : m.group(2);
	}

	/** One browser: keeps the session cookie, whichever server set it, and sends it to both. */
	private final class Browser {

		private String session;

		/** Signs in as the administrator through the sign-in form, as a person does. */
		void signIn(int server) throws IOException, InterruptedException {
			HttpResponse<String> login = get(server, "/login");
			assertThat(login.statusCode()).isEqualTo(200);
			assertThat(login.headers().allValues("Set-Cookie"))
				.anySatisfy(cookie -> assertThat(cookie).startsWith(SessionCookie.NAME + "=")
					.contains("HttpOnly")
					.containsIgnoringCase("SameSite=Lax"));
			HttpResponse<String> signedIn = post(server, "/login",
					"username=admin&password=test-admin-password&_csrf=" + URLEncoder.encode(csrf(login.body()), StandardCharsets.UTF_8));
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
		}

		private String language;

		HttpResponse<String> get(int server, String path) throws IOException, InterruptedException {
			return remember(send(withCookies(at(server, path))));
		}

		HttpResponse<String> post(int server, String path, String form) throws IOException, InterruptedException {
			return remember(send(withCookies(at(server, path)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))));
		}

		private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
			String cookies = String.join("; ", Stream.of(session, language)
				.filter(c -> c != null)
				.toList());
			return cookies.isEmpty() ? request : request.header("Cookie", cookies);
		}

		private HttpResponse<String> remember(HttpResponse<String> response) {
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				String pair = cookie.split(";", 2)[0];
				if (pair.startsWith(SessionCookie.NAME + "=")) {
					session = pair.endsWith("=") ? null : pair;
				}
				else if (pair.startsWith("regionrum-lang=")) {
					language = pair;
				}
			}
			return response;
		}

	}

	/** Runs with B's other start-up work (after the demo data's turn) and asks B how it is. */
	private static final class ProbeWhileStarting implements ApplicationListener<ApplicationReadyEvent> {

		@Override
		public void onApplicationEvent(ApplicationReadyEvent event) {
			String base = "http://localhost:" + event.getApplicationContext().getEnvironment().getProperty("local.server.port");
			HttpClient client = HttpClient.newHttpClient();
			for (String path : List.of("/actuator/health/readiness", "/actuator/health/liveness", "/meetings")) {
				try {
					HttpResponse<Void> answer = client.send(
							HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
							HttpResponse.BodyHandlers.discarding());
					answersWhileStarting.put(path, answer.statusCode());
				}
				catch (IOException ex) {
					answersWhileStarting.put(path, -1);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

	}

}
