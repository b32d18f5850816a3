package se.regionrum.dialogue.bench;

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
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.RegionrumApplication;
import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.presentation.Presentation;
import se.regionrum.dialogue.presentation.PresentationService;
import se.regionrum.dialogue.presentation.Question;
import se.regionrum.dialogue.presentation.QuestionKind;
import se.regionrum.platform.SystemUser;

/**
 * Load generator for a live presentation in a full room, on loopback (not a unit test). Starts the
 * app on a random port, lets N participants join with the presentation's code (each loads
 * {@code /p/{code}}: own session, CSRF token and device cookie) and keeps N server-sent-event
 * streams open, as N phones would. The presenter then moves through the questions; for each move
 * (signed in, with the request the big screen sends on a key press) it measures, per phone, the time from the presenter's request until the phone's stream has
 * delivered the new question (the event carries the question's HTML, so the page shows it without a
 * further request). Then every phone answers the question and the stored answers are counted.
 * <p>
 * Run (see docs/presentations.md): {@code PresentationBenchmark [participants=2000] [questions=10]}.
 * Passes when p99 of "the phone has the new question" is under 1 s for every question and every
 * answer is stored.
 */
public final class PresentationBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"|content=\"([^\"]+)\" name=\"_csrf\"");

	private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

	private static final String ADMIN_PASSWORD = "bench-password";

	private PresentationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int participants = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		int questions = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		List<String> boot = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--regionrum.demo.mode=never", "--regionrum.admin.password=" + ADMIN_PASSWORD,
				"--logging.level.root=WARN", "--spring.main.banner-mode=off"));
		if (Arrays.stream(args).noneMatch(a -> a.contains("postgres"))) {
			boot.add("--spring.datasource.url=jdbc:h2:mem:presentationbench;DB_CLOSE_DELAY=-1");
		}
		Arrays.stream(args).filter(a -> a.startsWith("--")).forEach(boot::add);
		ConfigurableApplicationContext app = SpringApplication.run(RegionrumApplication.class, boot.toArray(String[]::new));
		int exit = 1;
		try {
			System.out.println("== warm-up (JIT, pools): 200 phones, 3 questions, not measured");
			run(app, 200, 3, false);
			System.out.printf("== measured run: %d phones, %d questions%n", participants, questions);
			exit = run(app, participants, questions, true) ? 0 : 1;
		}
		finally {
			app.close();
		}
		System.exit(exit);
	}

	private static boolean run(ConfigurableApplicationContext app, int participants, int questionCount, boolean report)
			throws Exception {
		String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
		Meeting meeting = DialogueFixtures.create(app.getBean(MeetingService.class),
				DialogueFixtures.form("Belastningsprov " + System.nanoTime(), LocalDate.now().plusDays(1), null, null));
		LoadPresentation.Created presentation = LoadPresentation.create(app, meeting.id(), questionCount + 1);
		// the phones join on the opening question; the presenter then advances questionCount times
		String code = presentation.code();

		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(20))
			.executor(Executors.newFixedThreadPool(8))
			.build();

		// the presenter is signed in, as on the big screen, and moves with the screen's own request
		Cookies presenter = new Cookies();
		String login = get(http, base + "/login", presenter);
		HttpResponse<String> signedIn = http.send(presenter.apply(HttpRequest.newBuilder(URI.create(base + "/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD + "&_csrf="
					+ URLEncoder.encode(csrf(login), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		presenter.remember(signedIn);
		presenter.csrf = csrf(get(http, base + "/presentations/" + presentation.id(), presenter));

		// join: every phone loads the participant page, then opens its event stream
		long joinStart = System.nanoTime();
		List<Phone> phones = new ArrayList<>();
		Semaphore limit = new Semaphore(64);
		List<CompletableFuture<?>> joins = new ArrayList<>();
		for (int i = 0; i < participants; i++) {
			Phone phone = new Phone(i);
			phones.add(phone);
			limit.acquire();
			joins.add(http.sendAsync(phone.session.apply(HttpRequest.newBuilder(URI.create(base + "/p/" + code))).GET().build(),
					HttpResponse.BodyHandlers.ofString()).thenAccept(r -> {
						phone.session.remember(r);
						phone.session.csrf = csrf(r.body());
					}).whenComplete((r, e) -> limit.release()));
		}
		CompletableFuture.allOf(joins.toArray(CompletableFuture[]::new)).get(180, TimeUnit.SECONDS);
		for (Phone phone : phones) {
			limit.acquire();
			http.sendAsync(phone.session.apply(HttpRequest.newBuilder(URI.create(base + "/p/" + code + "/events")))
				.header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.fromLineSubscriber(phone))
				.whenComplete((r, e) -> phone.closed = true);
			phone.connected.thenRun(limit::release);
		}
		long connectDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (phones.stream().anyMatch(p -> p.lastVersion < 0) && System.nanoTime() < connectDeadline) {
			Thread.sleep(50);
		}
		long connected = phones.stream().filter(p -> p.lastVersion >= 0).count();
		if (report) {
			System.out.printf("joined and connected: %d of %d phones in %d ms%n", connected, participants,
					(System.nanoTime() - joinStart) / 1_000_000);
		}

		boolean pass = connected == participants;
		long worstP99 = 0;
		int lost = 0;
		for (int q = 0; q < questionCount; q++) {
			long before = phones.stream().mapToLong(p -> p.lastVersion).max().orElse(0);
			for (Phone phone : phones) {
				phone.arrivedNanos = 0;
			}
			long sent = System.nanoTime();
			HttpResponse<String> moved = http.send(presenter.apply(HttpRequest.newBuilder(URI.create(base + "/presentations/"
					+ presentation.id() + "/position")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Live", "1")
				.POST(HttpRequest.BodyPublishers.ofString("position=" + (q + 1) + "&_csrf="
						+ URLEncoder.encode(presenter.csrf, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (moved.statusCode() >= 300) {
				throw new IllegalStateException("presenter move answered " + moved.statusCode() + ": " + moved.body());
			}
			// the event carries the question's HTML: a phone shows it when the event has arrived
			long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (System.nanoTime() < waitUntil && phones.stream().anyMatch(p -> p.lastVersion <= before)) {
				Thread.sleep(5);
			}
			long[] eventMs = new long[participants];
			int missed = 0;
			for (Phone phone : phones) {
				if (phone.lastVersion <= before || phone.arrivedNanos == 0) {
					missed++;
					eventMs[phone.index] = Long.MAX_VALUE;
				}
				else {
					eventMs[phone.index] = phone.arrivedNanos - sent;
				}
			}
			Arrays.sort(eventMs);

			// every phone answers
			long questionId = presentation.questionIds().get(q + 1);
			AtomicInteger accepted = new AtomicInteger();
			List<CompletableFuture<?>> answers = new ArrayList<>();
			long answerStart = System.nanoTime();
			for (Phone phone : phones) {
				limit.acquire();
				String body = "_csrf=" + URLEncoder.encode(phone.session.csrf, StandardCharsets.UTF_8) + "&questionId="
						+ questionId + "&value=" + URLEncoder.encode(LoadPresentation.answer(q + 1, phone.index),
								StandardCharsets.UTF_8);
				answers.add(http.sendAsync(phone.session.apply(HttpRequest.newBuilder(URI.create(base + "/p/" + code + "/answer")))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
					.thenAccept(r -> {
						if (r.statusCode() < 400) {
							accepted.incrementAndGet();
						}
					}).whenComplete((r, e) -> limit.release()));
			}
			CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
			long answerMs = (System.nanoTime() - answerStart) / 1_000_000;
			long stored = LoadPresentation.storedAnswers(app, questionId);
			lost += participants - (int) stored;
			long p99 = pct(eventMs, 99);
			worstP99 = Math.max(worstP99, p99);
			pass &= missed == 0 && p99 < 1000 && stored == participants;
			if (report) {
				System.out.printf(
						"question %2d: new question on the phones p50 %4d p99 %4d max %4d ms | missed %d | "
								+ "answers accepted %d stored %d in %d ms%n",
						q + 1, pct(eventMs, 50), p99, max(eventMs), missed,
						accepted.get(), stored, answerMs);
			}
		}
		if (report) {
			System.out.printf("worst p99 over the questions: %d ms; answers lost: %d%n", worstP99, lost);
			System.out.println(pass ? "RESULT: PASS" : "RESULT: FAIL");
		}
		return pass;
	}

	private static String get(HttpClient http, String url, Cookies session) throws Exception {
		HttpResponse<String> response = http.send(session.apply(HttpRequest.newBuilder(URI.create(url))).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		session.remember(response);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response.body();
	}

	private static long pct(long[] sorted, int p) {
		long v = sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
		return v == Long.MAX_VALUE ? -1 : v / 1_000_000;
	}

	private static long max(long[] sorted) {
		return pct(sorted, 100);
	}

	private static String csrf(String html) {
		String token = csrfOr(html, null);
		if (token == null) {
			throw new IllegalStateException("no CSRF token in the participant page");
		}
		return token;
	}

	private static String csrfOr(String html, String fallback) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			return fallback;
		}
		return m.group(1) != null ? m.group(1) : m.group(2);
	}

	/** One phone: its cookies and its event stream, read line by line without a thread of its own. */
	static final class Phone implements Flow.Subscriber<String> {

		final int index;

		final Cookies session = new Cookies();

		final CompletableFuture<Void> connected = new CompletableFuture<>();

		volatile long lastVersion = -1;

		volatile long arrivedNanos;

		volatile boolean closed;

		private String event;

		Phone(int index) {
			this.index = index;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			if (line.startsWith("event:")) {
				event = line.substring(6).strip();
			}
			else if (line.startsWith("data:") && "question".equals(event)) {
				Matcher m = VERSION.matcher(line);
				if (m.find()) {
					long version = Long.parseLong(m.group(1));
					if (version > lastVersion) {
						if (lastVersion >= 0) {
							arrivedNanos = System.nanoTime();
						}
						lastVersion = version;
					}
					connected.complete(null);
				}
			}
			else if (line.isEmpty()) {
				event = null;
			}
		}

		@Override
		public void onError(Throwable throwable) {
			closed = true;
			connected.complete(null);
		}

		@Override
		public void onComplete() {
			closed = true;
			connected.complete(null);
		}

	}

	/** Cookies and CSRF token of one browser, kept by hand so that one HttpClient serves every phone. */
	static final class Cookies {

		final java.util.Map<String, String> values = new java.util.concurrent.ConcurrentHashMap<>();

		volatile String csrf;

		HttpRequest.Builder apply(HttpRequest.Builder builder) {
			if (!values.isEmpty()) {
				builder.header("Cookie", String.join("; ",
						values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
			}
			return builder;
		}

		void remember(HttpResponse<?> response) {
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				int eq = pair.indexOf('=');
				if (eq > 0) {
					values.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
				}
			}
		}

	}

	/** The presentation the load benchmark runs through: word clouds, single choices and scales in turn. */
	private static final class LoadPresentation {

		record Created(long id, String code, List<Long> questionIds) {
		}

		private static final QuestionKind[] KINDS = { QuestionKind.WORD_CLOUD, QuestionKind.SINGLE_CHOICE, QuestionKind.SCALE };

		private LoadPresentation() {
		}

		static Created create(ConfigurableApplicationContext app, long meetingId, int questions) {
			PresentationService service = app.getBean(PresentationService.class);
			List<PresentationService.NewQuestion> list = new ArrayList<>();
			for (int q = 0; q < questions; q++) {
				QuestionKind kind = KINDS[q % KINDS.length];
				list.add(new PresentationService.NewQuestion(kind, "Fråga " + (q + 1) + " till rummet",
						kind == QuestionKind.SINGLE_CHOICE ? "Ja\nNej\nVet inte" : null));
			}
			return SystemUser.call(() -> {
				Presentation p = service.createWithQuestions(meetingId, "Belastningsprov", list);
				List<Long> ids = service.questions(p.id()).stream().map(Question::id).toList();
				return new Created(p.id(), p.joinCode(), ids);
			});
		}

		/** What phone {@code phone} answers to question {@code q}: a word out of 40, an option, a step of the scale. */
		static String answer(int q, int phone) {
			return switch (KINDS[q % KINDS.length]) {
				case WORD_CLOUD -> "ord" + (phone % 40);
				case SINGLE_CHOICE -> String.valueOf(phone % 3);
				default -> String.valueOf(1 + phone % 5);
			};
		}

		static long storedAnswers(ConfigurableApplicationContext app, long questionId) {
			return app.getBean(JdbcClient.class)
				.sql("select count(*) from presentation_answer where question_id = ?")
				.param(questionId)
				.query(Long.class)
				.single();
		}

	}

}
