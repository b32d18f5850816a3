package se.regionrum.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import se.regionrum.RegionrumApplication;

/**
 * What the runnable benchmarks share: the whole app on a free port (H2 in memory unless the arguments
 * name the postgres profile, no demo data), and timing of GET requests over HTTP as a visitor. Not a
 * unit test.
 */
public final class HttpBenchmark implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts the app; {@code database} names the in-memory H2 database, {@code args} are Spring Boot's arguments. */
	public static HttpBenchmark start(String database, String[] args) {
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--regionrum.demo.mode=never",
				"--regionrum.admin.password=bench-admin-password", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off"));
		if (Arrays.stream(args).noneMatch(a -> a.contains("postgres"))) {
			all.add("--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
		}
		all.addAll(Arrays.asList(args));
		return new HttpBenchmark(new SpringApplication(RegionrumApplication.class).run(all.toArray(String[]::new)));
	}

	public ConfigurableApplicationContext context() {
		return context;
	}

	/** {@code http://localhost:<port>} */
	public String base() {
		return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	/**
	 * Sends {@code warmUp} requests untimed, then {@code requests} timed ones, one at a time; prints the
	 * median, 90th and 95th percentile and the maximum in milliseconds. Fails unless every answer is 200.
	 */
	public void time(String label, String path, int warmUp, int requests) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept-Language", "sv").build();
		for (int i = 0; i < warmUp; i++) {
			check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
		}
		List<Double> millis = new ArrayList<>();
		long bytes = 0;
		for (int i = 0; i < requests; i++) {
			long start = System.nanoTime();
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			millis.add((System.nanoTime() - start) / 1e6);
			check(response);
			bytes = response.body().length;
		}
		Collections.sort(millis);
		System.out.printf("%-20s median %7.1f ms   p90 %7.1f ms   p95 %7.1f ms   max %7.1f ms   (%d requests, %,d bytes)%n",
				label, millis.get(millis.size() / 2), percentile(millis, 0.90), percentile(millis, 0.95),
				millis.get(millis.size() - 1), requests, bytes);
	}

	private static double percentile(List<Double> sorted, double p) {
		return sorted.get((int) Math.ceil(sorted.size() * p) - 1);
	}

	private static void check(HttpResponse<byte[]> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + " for " + response.uri());
		}
	}

	@Override
	public void close() {
		context.close();
	}

}
