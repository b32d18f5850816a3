package se.regionrum.dialogue.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import se.regionrum.RegionrumApplication;
import se.regionrum.dialogue.TestMeetings;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.poll.Poll;
import se.regionrum.dialogue.poll.PollKind;
import se.regionrum.dialogue.poll.PollService;
import se.regionrum.platform.SystemUser;

/**
 * Load generator for a live poll, on loopback (not a unit test). Starts the app with an in-memory
 * H2 on a random port, signs in a presenter and opens the SSE stream, lets N participants join
 * (each loads the join page: own session, CSRF token and device cookie), then sends their N
 * answers spread evenly over 5 seconds and measures each answer's latency. Checks that every answer
 * is stored and how long after the last answer the presenter stream showed the final count.
 * <p>
 * Run: see docs in the dialogue module note (PollBenchmark [participants] [seconds]).
 */
public final class PollBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private PollBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int participants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		ConfigurableApplicationContext app = SpringApplication.run(RegionrumApplication.class, "--server.port=0",
				"--server.address=127.0.0.1", "--spring.datasource.url=jdbc:h2:mem:pollbench;DB_CLOSE_DELAY=-1",
				"--regionrum.demo.mode=never", "--regionrum.admin.password=bench-password", "--logging.level.root=WARN",
				"--server.tomcat.threads.max=200", "--spring.main.banner-mode=off");
		int exit = 1;
		try {
			System.out.println("== warm-up (JIT, connection pool): " + Math.min(300, participants) + " participants, not measured");
			run(app, Math.min(300, participants), 3);
			System.out.println("== measured run: " + participants + " participants, answers over " + seconds + " s");
			exit = run(app, participants, seconds);
		}
		finally {
			app.close();
		}
		System.exit(exit);
	}

	private static int run(ConfigurableApplicationContext app, int participants, int seconds) throws Exception {
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		String base = "http://127.0.0.1:" + port;
		MeetingService meetings = app.getBean(MeetingService.class);
		PollService polls = app.getBean(PollService.class);
		Meeting meeting = TestMeetings.create(meetings,
				TestMeetings.form("Benchmark " + System.nanoTime(), LocalDate.now().plusDays(1), null, null));
		Poll poll = SystemUser.call(() -> {
			Poll p = polls.create(meeting.id(), PollKind.WORD_CLOUD, "Ett ord om regional planering?", null);
			polls.setStatus(p.id(), "OPEN");
			return p;
		});

		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newFixedThreadPool(16))
			.build();

		// presenter: sign in and listen
		Session presenter = new Session();
		String login = get(http, base + "/login", presenter);
		String form = "username=admin&password=bench-password&_csrf=" + csrf(login);
		send(http, HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)), presenter);
		AtomicLong lastUpdateNanos = new AtomicLong();
		AtomicInteger lastCount = new AtomicInteger(-1);
		AtomicLong finalCountSeenNanos = new AtomicLong();
		Thread listener = new Thread(() -> listen(http, base + "/polls/" + poll.id() + "/stream", presenter, participants,
				lastUpdateNanos, lastCount, finalCountSeenNanos), "presenter-sse");
		listener.setDaemon(true);
		listener.start();

		// participants join: join page, session, CSRF token, device cookie
		long joinStart = System.nanoTime();
		List<Session> sessions = new ArrayList<>();
		List<CompletableFuture<Void>> joins = new ArrayList<>();
		Semaphore joinLimit = new Semaphore(64);
		for (int i = 0; i < participants; i++) {
			Session s = new Session();
			sessions.add(s);
			joinLimit.acquire();
			joins.add(http.sendAsync(s.apply(HttpRequest.newBuilder(URI.create(base + "/p/" + poll.joinCode()))).GET().build(),
					HttpResponse.BodyHandlers.ofString())
				.thenAccept(r -> {
					s.remember(r);
					s.csrf = csrf(r.body());
				})
				.whenComplete((r, e) -> joinLimit.release()));
		}
		CompletableFuture.allOf(joins.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
		System.out.printf("joined: %d participants in %d ms%n", participants, (System.nanoTime() - joinStart) / 1_000_000);

		// answers, spread evenly over the given seconds
		long[] latencies = new long[participants];
		AtomicInteger ok = new AtomicInteger();
		AtomicLong lastAnswerDone = new AtomicLong();
		List<CompletableFuture<Void>> answers = new ArrayList<>();
		long start = System.nanoTime();
		long interval = TimeUnit.SECONDS.toNanos(seconds) / participants;
		for (int i = 0; i < participants; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			Session s = sessions.get(i);
			int n = i;
			String body = "_csrf=" + URLEncoder.encode(s.csrf, StandardCharsets.UTF_8) + "&value="
					+ URLEncoder.encode("ord" + (n % 40), StandardCharsets.UTF_8);
			long sent = System.nanoTime();
			answers.add(http.sendAsync(s.apply(HttpRequest.newBuilder(URI.create(base + "/p/" + poll.joinCode())))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("HX-Request", "true")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString()).thenAccept(r -> {
					long done = System.nanoTime();
					latencies[n] = done - sent;
					lastAnswerDone.accumulateAndGet(done, Math::max);
					if (r.statusCode() == 200 && r.body().contains("answer-thanks")) {
						ok.incrementAndGet();
					}
				}));
		}
		long sendingDone = System.nanoTime();
		CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		long allDone = System.nanoTime();
		// give the presenter stream up to 5 s to show the final count
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (finalCountSeenNanos.get() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		int stored = polls.results(poll.id()).answers();

		Arrays.sort(latencies);
		System.out.printf("answers sent in %d ms (target %d s); all answered after %d ms%n",
				(sendingDone - start) / 1_000_000, seconds, (allDone - start) / 1_000_000);
		System.out.printf("accepted: %d / %d, stored: %d%n", ok.get(), participants, stored);
		System.out.printf("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", pct(latencies, 50), pct(latencies, 95),
				pct(latencies, 99), latencies[latencies.length - 1] / 1e6);
		long finalSeen = finalCountSeenNanos.get();
		if (finalSeen == 0) {
			System.out.printf("presenter: final count never seen (last count %d)%n", lastCount.get());
		}
		else {
			System.out.printf("presenter: showed %d answers %d ms after the last answer completed%n", participants,
					Math.max(0, (finalSeen - lastAnswerDone.get()) / 1_000_000));
		}
		boolean pass = stored == participants && ok.get() == participants && finalSeen != 0
				&& finalSeen - lastAnswerDone.get() < TimeUnit.SECONDS.toNanos(1) && pct(latencies, 99) < 200;
		System.out.println(pass ? "RESULT: PASS" : "RESULT: FAIL");
		return pass ? 0 : 1;
	}

	private static void listen(HttpClient http, String url, Session presenter, int expected, AtomicLong lastUpdate,
			AtomicInteger lastCount, AtomicLong finalSeen) {
		// the count is formatted with Swedish digit grouping ("1 000 svar")
		Pattern count = Pattern.compile("poll-count\">([\\d\\s\\u00a0\\u202f]+) svar|Ett svar");
		try {
			HttpResponse<java.io.InputStream> response = http.send(
					presenter.apply(HttpRequest.newBuilder(URI.create(url))).header("Accept", "text/event-stream").GET().build(),
					HttpResponse.BodyHandlers.ofInputStream());
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (!line.startsWith("data:")) {
						continue;
					}
					Matcher m = count.matcher(line);
					if (m.find()) {
						int n = m.group(1) == null ? 1 : Integer.parseInt(m.group(1).replaceAll("\\D", ""));
						lastUpdate.set(System.nanoTime());
						lastCount.set(n);
						if (n >= expected && finalSeen.get() == 0) {
							finalSeen.set(System.nanoTime());
						}
					}
				}
			}
		}
		catch (Exception ex) {
			System.out.println("presenter stream ended: " + ex);
		}
	}

	private static double pct(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token in page");
		}
		return m.group(1);
	}

	private static String get(HttpClient http, String url, Session session) throws Exception {
		HttpResponse<String> r = http.send(session.apply(HttpRequest.newBuilder(URI.create(url))).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		session.remember(r);
		return r.body();
	}

	private static void send(HttpClient http, HttpRequest.Builder request, Session session) throws Exception {
		HttpResponse<String> r = http.send(session.apply(request).build(), HttpResponse.BodyHandlers.ofString());
		session.remember(r);
	}

	/** Cookies of one browser, kept by hand so that one HttpClient serves all participants. */
	static final class Session {

		final java.util.Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

		volatile String csrf;

		HttpRequest.Builder apply(HttpRequest.Builder builder) {
			if (!cookies.isEmpty()) {
				builder.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
			}
			return builder;
		}

		void remember(HttpResponse<?> response) {
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				int eq = pair.indexOf('=');
				if (eq > 0) {
					cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
				}
			}
		}

	}

}
