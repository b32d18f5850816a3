package se.regionrum.indicators.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.Indicators;
import se.regionrum.indicators.IndicatorsFixtures;
import se.regionrum.indicators.imports.IndicatorImportJob;
import se.regionrum.indicators.imports.IndicatorImportKind;
import se.regionrum.indicators.imports.IndicatorImportRequest;
import se.regionrum.indicators.imports.IndicatorImportService;
import se.regionrum.platform.SystemUser;

/**
 * Fetching from Kolada against a stub of its API on a random local port, never the network: it
 * serves the recorded pages (page 1's next_url rewritten to the stub), answers the first data
 * request with 429, and gives empty pages for the made-up KPIs that push the request past 25 ids.
 */
@SpringBootTest(properties = { "regionrum.indicators.kolada.enabled=true",
		"regionrum.indicators.kolada.first-backoff=20ms" })
class KoladaFetchTest {

	static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

	static final AtomicBoolean TOO_MANY_SENT = new AtomicBoolean();

	static final HttpServer STUB = start();

	static String base() {
		return "http://127.0.0.1:" + STUB.getAddress().getPort() + "/v3";
	}

	static HttpServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/v3", KoladaFetchTest::serve);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static void serve(HttpExchange exchange) throws IOException {
		String uri = exchange.getRequestURI().toString();
		REQUESTS.add(uri);
		String body;
		if (uri.startsWith("/v3/data/") && TOO_MANY_SENT.compareAndSet(false, true)) {
			exchange.getResponseHeaders().add("Retry-After", "1");
			exchange.sendResponseHeaders(429, -1);
			exchange.close();
			return;
		}
		if (uri.startsWith("/v3/kpi?id=N91951,N90914")) {
			body = fixture("kpi-N91951-N90914.json");
		}
		else if (uri.startsWith("/v3/data/kpi/N91951,N90914,") && uri.contains("page=2")) {
			body = fixture("N91951-page2.json");
		}
		else if (uri.startsWith("/v3/data/kpi/N91951,N90914,")) {
			body = fixture("N91951-page1.json").replace("https://api.kolada.se/v3/data/kpi/N91951,N90914/municipality/2080,2081,0020,0000",
					base() + uri.substring(3));
		}
		else {
			body = "{\"count\": 0, \"values\": [], \"next_url\": null}";
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	static String fixture(String name) {
		try (InputStream in = KoladaFetchTest.class.getResourceAsStream("/indicators/kolada/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void kolada(DynamicPropertyRegistry registry) {
		registry.add("regionrum.indicators.kolada.base-url", KoladaFetchTest::base);
	}

	@AfterAll
	static void stop() {
		STUB.stop(0);
	}

	@Autowired
	IndicatorImportService imports;

	@Autowired
	Indicators indicators;

	@Autowired
	JdbcClient jdbc;

	long lastIndicatorBefore;

	@BeforeEach
	void remember() {
		lastIndicatorBefore = IndicatorsFixtures.lastIndicator(jdbc);
		REQUESTS.clear();
		TOO_MANY_SENT.set(false);
	}

	@AfterEach
	void removeImported() {
		IndicatorsFixtures.removeIndicatorsAndImports(jdbc, lastIndicatorBefore);
	}

	@Test
	void everyPageOfEveryGroupOfAtMost25IdsLandsInOneImportAfterA429() {
		List<String> kpis = new java.util.ArrayList<>(List.of("N91951", "N90914"));
		IntStream.range(0, 28).forEach(i -> kpis.add("N9" + String.format("%04d", i)));
		IndicatorImportJob job = SystemUser.call(() -> imports.start(new IndicatorImportRequest(
				IndicatorImportKind.KOLADA_FETCH, List.of(), null, null, null, null, String.join(", ", kpis),
				"2080 2081 0020 0000", "")));
		job = await(job.id());
		assertThat(job.status()).as("%s %s", job.messageKey(), job.messageDetail()).isEqualTo(IndicatorImportJob.Status.DONE);
		assertThat(job.valuesRead()).isEqualTo(13);

		List<String> data = REQUESTS.stream().filter(r -> r.startsWith("/v3/data/")).toList();
		String first = "/v3/data/kpi/" + String.join(",", kpis.subList(0, 25)) + "/municipality/2080,2081,0020,0000";
		assertThat(data).containsExactly(first, first, first + "?page=2&per_page=4",
				"/v3/data/kpi/" + String.join(",", kpis.subList(25, 30)) + "/municipality/2080,2081,0020,0000");
		assertThat(REQUESTS).filteredOn(r -> r.startsWith("/v3/kpi")).hasSize(2);

		long population = indicators.all().stream().filter(i -> i.code().equals("N91951")).findFirst().orElseThrow().id();
		assertThat(indicators.valuesOfYear(population, 2024, Gender.T)).extracting(IndicatorValue::areaCode,
				IndicatorValue::value)
			.containsExactly(tuple("0000", 10587710.0), tuple("0020", 289100.0), tuple("2080", 59876.0),
					tuple("2081", 53815.0));
	}

	IndicatorImportJob await(long id) {
		IndicatorImportJob job = IndicatorsFixtures.awaitImport(imports, id);
		assertThat(job.active()).as("import %d still %s after a minute", id, job.status()).isFalse();
		return job;
	}

}
