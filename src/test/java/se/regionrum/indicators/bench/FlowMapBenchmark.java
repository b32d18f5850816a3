package se.regionrum.indicators.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.regionrum.RegionrumApplication;
import se.regionrum.indicators.Area;
import se.regionrum.indicators.Areas;

/**
 * Times the commuting flow map with a generated national data set: a flow for every ordered pair of
 * Sweden's 290 municipalities (290 × 289 = 83,810 flows, year 2023, everyone; sizes from a gravity
 * model over made-up municipality sizes and the areas' points, seeded, so every run is alike). Starts
 * the app (H2 in memory, no demo data, county 20 as the home county), then loads
 * {@code /indicators/flows?min=<threshold>} in headless Chromium several times and reports, per
 * threshold, the time from navigation to the map's render-complete signal
 * ({@code data-render-state="done"}: data fetched, boundaries and every arc drawn and painted) and the
 * script's own figure ({@code data-render-ms}). Not a unit test. Run:
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) se.regionrum.indicators.bench.FlowMapBenchmark
 * </pre>
 *
 * Optional: {@code -Dbench.runs=5 -Dbench.thresholds=10,1 -Dbench.holdSeconds=0} (keep the app up to look at it); any further arguments go to Spring
 * (for PostgreSQL: {@code --spring.profiles.active=postgres} with REGIONRUM_DB_URL set).
 */
public final class FlowMapBenchmark {

	private FlowMapBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = Integer.getInteger("bench.runs", 5);
		List<Integer> thresholds = Arrays.stream(System.getProperty("bench.thresholds", "10,1").split(","))
			.map(String::trim).map(Integer::valueOf).toList();
		List<String> all = new ArrayList<>(List.of("--regionrum.demo.mode=never",
				"--regionrum.admin.password=bench-admin-password", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off", "--regionrum.region.county-code=20"));
		if (Arrays.stream(args).noneMatch(a -> a.startsWith("--server.port="))) {
			all.add("--server.port=0");
		}
		if (Arrays.stream(args).noneMatch(a -> a.contains("postgres"))) {
			all.add("--spring.datasource.url=jdbc:h2:mem:flowbench;DB_CLOSE_DELAY=-1");
		}
		all.addAll(Arrays.asList(args));
		ConfigurableApplicationContext context = new SpringApplication(RegionrumApplication.class)
			.run(all.toArray(String[]::new));
		try {
			int stored = load(context.getBean(JdbcTemplate.class), context.getBean(Areas.class));
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			System.out.printf("national data set: %,d flows (2023, T)%n", stored);
			measure(port, runs, thresholds);
			Thread.sleep(Long.getLong("bench.holdSeconds", 0L) * 1000);
		}
		finally {
			context.close();
		}
	}

	/** Replaces year 2023 with a flow for every ordered pair of municipalities. */
	static int load(JdbcTemplate jdbc, Areas areas) {
		List<Area> municipalities = areas.all().stream().filter(Area::municipality).toList();
		Random random = new Random(290);
		double[] size = new double[municipalities.size()];
		for (int i = 0; i < size.length; i++) {
			size[i] = Math.exp(random.nextGaussian() * 1.0) * 6_000; // working population, log-normal
		}
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < size.length; i++) {
			for (int j = 0; j < size.length; j++) {
				if (i == j) {
					continue;
				}
				double km = Math.max(5, distance(municipalities.get(i), municipalities.get(j)));
				int persons = (int) Math.round(size[i] * size[j] / Math.pow(km, 2.4) / 6);
				rows.add(new Object[] { municipalities.get(i).code(), municipalities.get(j).code(), 2023, "T", persons, true });
			}
		}
		jdbc.update("delete from commuting_flow where flow_year = 2023");
		jdbc.batchUpdate("insert into commuting_flow (home_code, work_code, flow_year, gender, persons, example) "
				+ "values (?, ?, ?, ?, ?, ?)", rows);
		return rows.size();
	}

	private static double distance(Area a, Area b) {
		double x = (b.longitude() - a.longitude()) * Math.cos(Math.toRadians((a.latitude() + b.latitude()) / 2)) * 111;
		double y = (b.latitude() - a.latitude()) * 111;
		return Math.hypot(x, y);
	}

	private static void measure(int port, int runs, List<Integer> thresholds) {
		Path chromium = Paths.get(System.getenv().getOrDefault("REGIONRUM_CHROMIUM", "/usr/bin/chromium"));
		try (Playwright playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--no-first-run")));
			for (int min : thresholds) {
				String url = "http://localhost:" + port + "/indicators/flows?year=2023&gender=T&min=" + min;
				List<Long> total = new ArrayList<>();
				List<Long> script = new ArrayList<>();
				String flows = "";
				for (int run = -1; run < runs; run++) { // run -1 warms up the server and the browser
					BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
					Page page = context.newPage();
					long start = System.nanoTime();
					page.navigate(url);
					page.waitForSelector("#flow-map[data-render-state=done]",
							new Page.WaitForSelectorOptions().setTimeout(60_000));
					long millis = (System.nanoTime() - start) / 1_000_000;
					if (run >= 0) {
						total.add(millis);
						script.add(Long.parseLong(page.locator("#flow-map").getAttribute("data-render-ms")));
					}
					flows = page.locator("#flow-map").getAttribute("data-flow-count");
					context.close();
				}
				System.out.printf("min=%d: %s arcs drawn; navigation → render complete: median %d ms (runs %s); "
						+ "script start → render complete: median %d ms (runs %s)%n", min, flows, median(total), total,
						median(script), script);
			}
			browser.close();
		}
	}

	private static long median(List<Long> values) {
		if (values.isEmpty()) {
			return -1;
		}
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
