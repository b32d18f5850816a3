package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real app as a process of its own, started from the test classpath (without the test classes
 * and their settings) with only the shipped application.yml, as an administrator runs it: tests
 * that must kill a server abruptly ({@code destroyForcibly}, SIGKILL) use it.
 */
final class AppProcess {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;

	private final int port;

	private final Path log;

	private AppProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the app in {@code dir} (its working directory: an H2 file database goes to
	 * {@code dir/data/}) on a free port, its output in {@code dir/logName}. The environment holds
	 * no {@code SPRING_} or {@code REGIONRUM_} variable of the test's but {@code env}.
	 */
	static AppProcess start(Path dir, String logName, Map<String, String> env, String... args) throws IOException {
		int port = freePort();
		String classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-Xmx768m", "-cp", classpath, "se.regionrum.RegionrumApplication",
				"--spring.config.location=classpath:/application.yml", "--server.port=" + port,
				"--logging.level.root=WARN", "--logging.level.se.regionrum=INFO"));
		command.addAll(List.of(args));
		Path log = dir.resolve(logName);
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("REGIONRUM_"));
		environment.putAll(env);
		return new AppProcess(builder.start(), port, log);
	}

	int port() {
		return port;
	}

	Path log() {
		return log;
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** SIGKILL: no shutdown hook, no graceful stop, nothing released. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the app did not die").isTrue();
	}

	/** Waits until the readiness probe says UP; fails if the app dies or takes longer than {@code timeout}. */
	void awaitReady(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			assertThat(process.isAlive()).as("the app died while starting; see %s", log).isTrue();
			assertThat(System.nanoTime()).as("the app did not start in time; see %s", log).isLessThan(deadline);
			HttpResponse<String> readiness = get("/actuator/health/readiness", null);
			if (readiness != null && readiness.statusCode() == 200) {
				return;
			}
			Thread.sleep(200);
		}
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
	}

	/** The answer, or null while nothing listens yet. */
	HttpResponse<String> get(String path, String authorization) throws InterruptedException {
		HttpRequest.Builder request = request(path);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException notListening) {
			return null;
		}
	}

	HttpResponse<String> postJson(String path, String authorization, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
