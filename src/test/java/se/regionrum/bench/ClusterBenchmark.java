package se.regionrum.bench;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.presentation.Presentation;
import se.regionrum.dialogue.presentation.PresentationService;
import se.regionrum.dialogue.presentation.QuestionKind;
import se.regionrum.platform.SystemUser;

/**
 * Several servers on one PostgreSQL, measured (a runnable class, not a test): registration and
 * poll-answer throughput and latency with one server and with two (two contexts of the whole
 * application in this JVM on one database, requests spread round-robin, as a load balancer without
 * sticky sessions would), and what the session and job tables add to the database per request.
 * <p>
 * Each round sends, {@code concurrency} requests in flight at a time:
 * <ol>
 * <li><b>register</b>: {@code requests} anonymous registrations through the REST API
 * ({@code POST /api/v1/meetings/{id}/registrations}, stateless) for one meeting with 40 places and at
 * most 3 people per organisation, people from {@code requests / 5} organisations, a rush on one
 * meeting, so every request waits for that meeting's row lock;</li>
 * <li><b>join</b>: {@code requests} phones load the participant page {@code /p/{code}} (a new session
 * with its CSRF token, and the device cookie);</li>
 * <li><b>answer</b>: each phone answers the question shown, as its page's script does
 * ({@code POST /p/{code}/answer}, {@code X-Live}), with its session, on the <em>next</em> server
 * round-robin, so that with two servers every answer is served by the server that did not start
 * the session.</li>
 * </ol>
 * For every phase it prints throughput, p50/p95/p99/max latency, and from {@code pg_stat_user_tables}
 * (PostgreSQL's own counters; {@code pg_stat_statements} needs a server restart) the rows inserted,
 * updated and deleted and the scans of {@code spring_session*}, {@code scheduled_tasks} and all
 * tables, per request, together with the database's transactions per request. PostgreSQL publishes a
 * backend's counters up to 10 s late, so each phase is followed by a pause of {@code -Dbench.settle=11}
 * seconds before it is read; what the servers do while idle (job polling and heartbeats, session
 * clean-up) is measured alone first and shown per second, and taken out of the per-request figures
 * (figures marked "net"). A warm-up round on both servers (JIT, pools) is not reported.
 * <p>
 * Run against a throwaway database (the schema is created by Flyway; no demo data):
 *
 * <pre>
 * psql -h 127.0.0.1 -U postgres -c 'create database regionrum_cluster_bench'
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/bench.cp) se.regionrum.bench.ClusterBenchmark 2000 32 \
 *   --spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/regionrum_cluster_bench \
 *   --spring.datasource.username=postgres --regionrum.public-base-url=http://localhost
 * psql -h 127.0.0.1 -U postgres -c 'drop database regionrum_cluster_bench'
 * </pre>
 *
 * Arguments: {@code [requests=2000] [concurrency=32]} and Spring Boot arguments, which both servers get.
 */
public final class ClusterBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"|content=\"([^\"]+)\" name=\"_csrf\"");

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

	/** The tables the servers share besides the application's own: sessions and jobs. */
	private static final List<String> SHARED = List.of("spring_session", "spring_session_attributes", "scheduled_tasks");

	private final List<HttpBenchmark> servers;

	private final JdbcClient jdbc;

	private final int concurrency;

	private final long settleMillis = Long.getLong("bench.settle", 11) * 1000;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(20))
		.executor(Executors.newFixedThreadPool(4, task -> {
			Thread thread = new Thread(task, "bench-client");
			thread.setDaemon(true);
			return thread;
		}))
		.build();

	/** Background counters per second, measured while both servers are idle. */
	private Map<String, double[]> idlePerSecond = Map.of();

	private ClusterBenchmark(List<HttpBenchmark> servers, int concurrency) {
		this.servers = servers;
		this.jdbc = servers.get(0).context().getBean(JdbcClient.class);
		this.concurrency = concurrency;
	}

	public static void main(String[] args) throws Exception {
		List<String> numbers = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
		int requests = numbers.size() > 0 ? Integer.parseInt(numbers.get(0)) : 2000;
		int concurrency = numbers.size() > 1 ? Integer.parseInt(numbers.get(1)) : 32;
		// the test settings on this classpath shrink the pool for the test suite; a server has Hikari's 10
		List<String> given = Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
		String[] boot = Stream.concat(given.stream().anyMatch(a -> a.contains("maximum-pool-size")) ? Stream.empty()
				: Stream.of("--spring.datasource.hikari.maximum-pool-size=10"), given.stream()).toArray(String[]::new);
		if (Arrays.stream(boot).noneMatch(a -> a.contains("postgres"))) {
			System.err.println("ClusterBenchmark needs PostgreSQL: see the class comment for the arguments");
			System.exit(2);
		}
		try (HttpBenchmark a = HttpBenchmark.start("clusterbench", boot);
				HttpBenchmark b = HttpBenchmark.start("clusterbench", boot)) {
			ClusterBenchmark bench = new ClusterBenchmark(List.of(a, b), concurrency);
			System.out.printf("== %d cores, %d requests per phase, %d in flight, PostgreSQL %s%n",
					Runtime.getRuntime().availableProcessors(), requests, concurrency,
					bench.jdbc.sql("show server_version").query(String.class).single());
			System.out.println("== warm-up on both servers (JIT, pools), not reported");
			bench.round(2, Math.min(requests, 400), false);
			bench.idle();
			System.out.println("== one server (the other runs idle)");
			bench.round(1, requests, true);
			System.out.println("== two servers, round-robin");
			bench.round(2, requests, true);
		}
		System.exit(0);
	}

	/** Measures what the idle servers do to the shared tables, per second. */
	private void idle() throws InterruptedException {
		Thread.sleep(settleMillis);
		Map<String, long[]> before = counters();
		long start = System.nanoTime();
		Thread.sleep(Math.max(2 * settleMillis, 20_000));
		Map<String, long[]> after = counters();
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<String, double[]> rates = new HashMap<>();
		for (Map.Entry<String, long[]> e : after.entrySet()) {
			long[] b = before.getOrDefault(e.getKey(), new long[e.getValue().length]);
			double[] rate = new double[e.getValue().length];
			for (int i = 0; i < rate.length; i++) {
				rate[i] = (e.getValue()[i] - b[i]) / seconds;
			}
			rates.put(e.getKey(), rate);
		}
		idlePerSecond = rates;
		System.out.printf("idle, both servers, per second:  %s | all tables %s | transactions %.1f%n",
				SHARED.stream().map(t -> t + " " + format(rates.get(t), 1)).reduce((x, y) -> x + " | " + y).orElse(""),
				format(rates.get("*"), 1), rates.get("#")[0]);
	}

	private void round(int serverCount, int requests, boolean report) throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		MeetingService meetings = servers.get(0).context().getBean(MeetingService.class);
		long meeting = DialogueFixtures.create(meetings,
				DialogueFixtures.form("Belastningsprov " + run, LocalDate.now().plusDays(30), 40, 3)).id();
		Map<String, AtomicInteger> outcomes = new TreeMap<>();
		phase("register", serverCount, requests, report, i -> json(server(i, serverCount),
				"/api/v1/meetings/" + meeting + "/registrations", """
						{"name": "Person %d", "email": "person%d-%s@example.org", "organisationName": "Provkommun %s nr %d", "consent": true}"""
					.formatted(i, i, run, run, i % Math.max(1, requests / 5))),
				(i, response) -> {
					expect(response, 201);
					Matcher status = STATUS.matcher(response.body());
					outcomes.computeIfAbsent(status.find() ? status.group(1) : "?", k -> new AtomicInteger()).incrementAndGet();
				});
		if (report) {
			System.out.printf("   outcomes %s%n", outcomes);
		}

		PresentationService presentations = servers.get(0).context().getBean(PresentationService.class);
		Presentation presentation = SystemUser.call(() -> presentations.createWithQuestions(meeting, "Belastningsprov",
				List.of(new PresentationService.NewQuestion(QuestionKind.SINGLE_CHOICE, "Ska vi?", "Ja\nNej\nVet inte"))));
		long question = SystemUser.call(() -> presentations.questions(presentation.id()).get(0).id());
		String code = presentation.joinCode();
		Phone[] phones = new Phone[requests];
		phase("join", serverCount, requests, report, i -> {
			phones[i] = new Phone();
			return at(server(i, serverCount), "/p/" + code).GET();
		}, (i, response) -> {
			expect(response, 200);
			phones[i].remember(response);
			Matcher m = CSRF.matcher(response.body());
			if (!m.find()) {
				throw new IllegalStateException("no CSRF token on the participant page");
			}
			phones[i].csrf = m.group(1) != null ? m.group(1) : m.group(2);
		});
		phase("answer", serverCount, requests, report, i -> phones[i].cookies(at(server(i + 1, serverCount), "/p/" + code
				+ "/answer"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Live", "1")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(phones[i].csrf, StandardCharsets.UTF_8)
					+ "&questionId=" + question + "&value=" + (i % 3))), (i, response) -> expect(response, 200));
		long stored = jdbc.sql("select count(*) from presentation_answer where question_id = ?")
			.param(question)
			.query(Long.class)
			.single();
		if (stored != requests) {
			throw new IllegalStateException(stored + " of " + requests + " answers stored");
		}
		if (report) {
			System.out.printf("   answers stored %d of %d%n", stored, requests);
		}
	}

	private interface Check {

		void accept(int request, HttpResponse<String> response);

	}

	/**
	 * Sends {@code requests} requests, {@code concurrency} at a time, and prints throughput, latency and
	 * the database counters per request.
	 */
	private void phase(String label, int serverCount, int requests, boolean report, IntFunction<HttpRequest.Builder> request,
			Check check) throws Exception {
		Map<String, long[]> before = report ? counters() : Map.of();
		long[] latency = new long[requests];
		Semaphore inFlight = new Semaphore(concurrency);
		List<CompletableFuture<?>> sent = new ArrayList<>();
		Map<Integer, Throwable> failures = new ConcurrentHashMap<>();
		long start = System.nanoTime();
		for (int i = 0; i < requests; i++) {
			int n = i;
			HttpRequest built = request.apply(n).timeout(Duration.ofSeconds(60)).build();
			inFlight.acquire();
			long sentAt = System.nanoTime();
			sent.add(http.sendAsync(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).whenComplete((response, error) -> {
				latency[n] = System.nanoTime() - sentAt;
				inFlight.release();
				try {
					if (error != null) {
						throw error;
					}
					check.accept(n, response);
				}
				catch (Throwable ex) {
					failures.put(n, ex);
				}
			}));
		}
		CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).handle((r, e) -> null).get(10, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - start) / 1e9;
		if (!failures.isEmpty()) {
			Map.Entry<Integer, Throwable> first = failures.entrySet().iterator().next();
			throw new IllegalStateException(failures.size() + " of " + requests + " " + label + " requests failed, e.g. #"
					+ first.getKey() + ": " + first.getValue(), first.getValue());
		}
		if (!report) {
			return;
		}
		Thread.sleep(settleMillis);
		Map<String, long[]> after = counters();
		double window = (System.nanoTime() - start) / 1e9;
		Arrays.sort(latency);
		System.out.printf("%-8s %d server%s: %6.0f requests/s | p50 %5.1f p95 %5.1f p99 %5.1f max %6.1f ms%n", label,
				serverCount, serverCount == 1 ? " " : "s", requests / seconds, ms(latency, 50), ms(latency, 95),
				ms(latency, 99), ms(latency, 100));
		for (String table : SHARED) {
			System.out.printf("   %-26s per request: %s | net %s%n", table, format(delta(before, after, table), requests),
					format(net(before, after, table, window), requests));
		}
		System.out.printf("   %-26s per request: %s | net %s%n", "all tables", format(delta(before, after, "*"), requests),
				format(net(before, after, "*", window), requests));
		after.keySet()
			.stream()
			.filter(t -> !SHARED.contains(t) && !t.equals("*") && !t.equals("#"))
			.filter(t -> Arrays.stream(delta(before, after, t)).sum() >= requests / 2.0)
			.sorted()
			.forEach(t -> System.out.printf("   %-26s per request: %s%n", t, format(delta(before, after, t), requests)));
		System.out.printf("   %-26s per request: %.2f | net %.2f%n", "transactions", delta(before, after, "#")[0] / (double) requests,
				net(before, after, "#", window)[0] / requests);
	}

	/** Even requests to the first server, odd ones to the second, when there are two. */
	private String server(int request, int serverCount) {
		return servers.get(request % serverCount).base();
	}

	private HttpRequest.Builder at(String base, String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "sv");
	}

	private HttpRequest.Builder json(String base, String path, String body) {
		return at(base, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private static void expect(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException("HTTP " + response.statusCode() + " for " + response.uri() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
	}

	/**
	 * PostgreSQL's counters per table (rows inserted, updated, deleted; sequential and index scans),
	 * under "*" their sum over all tables, under "#" the database's committed and rolled-back
	 * transactions.
	 */
	private Map<String, long[]> counters() {
		Map<String, long[]> counters = new HashMap<>();
		long[] all = new long[5];
		jdbc.sql("""
				select relname, n_tup_ins, n_tup_upd, n_tup_del, coalesce(seq_scan, 0), coalesce(idx_scan, 0)
				from pg_stat_user_tables""").query((rs, row) -> {
			long[] values = new long[5];
			for (int i = 0; i < 5; i++) {
				values[i] = rs.getLong(i + 2);
				all[i] += values[i];
			}
			counters.put(rs.getString(1), values);
			return null;
		}).list();
		counters.put("*", all);
		counters.put("#", new long[] { jdbc.sql("""
				select xact_commit + xact_rollback from pg_stat_database where datname = current_database()""")
			.query(Long.class)
			.single() });
		return counters;
	}

	private static double[] delta(Map<String, long[]> before, Map<String, long[]> after, String key) {
		long[] a = after.getOrDefault(key, new long[5]);
		long[] b = before.getOrDefault(key, new long[a.length]);
		double[] d = new double[a.length];
		for (int i = 0; i < a.length; i++) {
			d[i] = a[i] - b[i];
		}
		return d;
	}

	/** The delta less what the idle servers would have done over the same window. */
	private double[] net(Map<String, long[]> before, Map<String, long[]> after, String key, double seconds) {
		double[] d = delta(before, after, key);
		double[] idle = idlePerSecond.getOrDefault(key, new double[d.length]);
		for (int i = 0; i < d.length; i++) {
			d[i] = Math.max(0, d[i] - idle[i] * seconds);
		}
		return d;
	}

	private static String format(double[] values, double divisor) {
		if (values == null) {
			return "-";
		}
		return String.format("ins %.2f upd %.2f del %.2f seq %.2f idx %.2f", values[0] / divisor, values[1] / divisor,
				values[2] / divisor, values[3] / divisor, values[4] / divisor);
	}

	private static double ms(long[] sorted, int percentile) {
		return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
	}

	/** One phone's cookies (session, device) and CSRF token. */
	private static final class Phone {

		private final Map<String, String> cookies = new ConcurrentHashMap<>();

		private volatile String csrf;

		HttpRequest.Builder cookies(HttpRequest.Builder builder) {
			return cookies.isEmpty() ? builder
					: builder.header("Cookie", String.join("; ",
							cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
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
