package se.regionrum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the real app on a random port and drives Debian's Chromium with Playwright. Skipped
 * (with a message) only where no Chromium is installed, unless REGIONRUM_REQUIRE_BROWSER is set,
 * as in CI, where a missing browser fails the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

	static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("REGIONRUM_CHROMIUM", "/usr/bin/chromium"));

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launchBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "No Chromium at " + CHROMIUM + ": browser tests skipped (install Debian's chromium)";
			if (System.getenv("REGIONRUM_REQUIRE_BROWSER") != null) {
				throw new IllegalStateException(message + ", but REGIONRUM_REQUIRE_BROWSER is set");
			}
			Assumptions.abort(message);
		}
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--no-first-run",
					"--disable-sync", "--disable-quic")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
		browser = null;
		playwright = null;
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(1280, 900));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
	}

	@AfterEach
	void closePage() {
		if (context != null) {
			context.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void open(String path) {
		page.navigate(url(path));
	}

	void signInAsAdmin() {
		open("/login");
		page.getByLabel("Användarnamn").fill("admin");
		page.getByLabel("Lösenord").fill("test-admin-password");
		page.locator("form.form button[type=submit]").click();
		page.waitForURL(url("/"));
	}

	/**
	 * axe-core finds no WCAG 2.1 A/AA violation on the current page, and no id is used twice (axe
	 * 4.x no longer reports duplicate ids under the WCAG tags, but a label or a link to a field
	 * finds only the first element with its id).
	 */
	void assertAccessible() {
		@SuppressWarnings("unchecked")
		List<String> duplicates = (List<String>) page.evaluate("() => { const seen = new Set(), twice = new Set(); "
				+ "for (const e of document.querySelectorAll('[id]')) { (seen.has(e.id) ? twice : seen).add(e.id); } "
				+ "return [...twice]; }");
		assertThat(duplicates).as("ids used more than once on %s", page.url()).isEmpty();
		AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
		String violations = results.getViolations().stream()
			.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " -> "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
		assertThat(results.getViolations()).as("axe-core violations on %s:%n%s", page.url(), violations).isEmpty();
	}

	void screenshot(String name) {
		Path dir = Paths.get("target", "screenshots");
		page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
	}

}
