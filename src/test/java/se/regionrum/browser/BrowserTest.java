package se.regionrum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the real app on a random port and drives Debian's Chromium with Playwright. Skipped
 * (with a message) only where no Chromium is installed, unless REGIONRUM_REQUIRE_BROWSER is set,
 * as in CI, where a missing browser fails the build. The PostgreSQL pass runs only some of them
 * ({@link BrowserPass}).
 * <p>
 * Every page a test opens is checked for reflow (WCAG 2.1 1.4.10) after the test: each distinct
 * HTML page the browser loaded with a GET is opened again at 390 CSS px and must not scroll
 * sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserPass.class)
abstract class BrowserTest {

	static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("REGIONRUM_CHROMIUM", "/usr/bin/chromium"));

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** A phone's width in CSS px (and its height), at which every visited page must fit. */
	static final int PHONE_WIDTH = 390;

	static final int PHONE_HEIGHT = 844;

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	/** The HTML pages the test loaded (GET, 200), in order; checked for reflow after the test. */
	final Set<String> visitedPages = new LinkedHashSet<>();

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
		context.onResponse(this::rememberPage);
		page = context.newPage();
		page.setDefaultTimeout(15_000);
	}

	@AfterEach
	void closePage() {
		try {
			if (context != null) {
				assertVisitedPagesReflow();
			}
		}
		finally {
			if (context != null) {
				context.close();
			}
		}
	}

	private void rememberPage(Response response) {
		String contentType = response.headers().getOrDefault("content-type", "");
		if (response.request().isNavigationRequest() && "GET".equals(response.request().method())
				&& response.status() == 200 && contentType.startsWith("text/html")
				&& response.url().startsWith(url("/"))) {
			visitedPages.add(response.url());
		}
	}

	/**
	 * Opens every page the test visited again, in a phone-size page of the same browser context
	 * (so with the same sign-in), and asserts that none is wider than the screen.
	 */
	void assertVisitedPagesReflow() {
		List<String> pages = List.copyOf(visitedPages);
		if (pages.isEmpty()) {
			return;
		}
		Page phone = context.newPage();
		try {
			phone.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
			phone.setDefaultTimeout(15_000);
			List<String> tooWide = new ArrayList<>();
			for (String visited : pages) {
				phone.navigate(visited);
				int width = scrollWidth(phone);
				if (width > PHONE_WIDTH) {
					tooWide.add(visited + " is " + width + " px wide (" + widestElements(phone) + ")");
				}
			}
			assertThat(tooWide).as("pages wider than %d CSS px (WCAG 2.1 1.4.10 reflow)", PHONE_WIDTH).isEmpty();
		}
		finally {
			phone.close();
		}
	}

	/** Asserts that the current page fits a screen of the given width without scrolling sideways. */
	void assertReflowsAt(int width) {
		page.setViewportSize(width, PHONE_HEIGHT);
		int scrollWidth = scrollWidth(page);
		assertThat(scrollWidth).as("width of %s at %d CSS px (%s)", page.url(), width, widestElements(page))
			.isLessThanOrEqualTo(width);
	}

	static int scrollWidth(Page on) {
		return ((Number) on.evaluate("document.documentElement.scrollWidth")).intValue();
	}

	/** The first elements that stick out of the screen, outside of any scroll container: what to fix. */
	static String widestElements(Page on) {
		return String.valueOf(on.evaluate("() => { const out = []; for (const e of document.querySelectorAll('body *')) {"
				+ " const r = e.getBoundingClientRect(); if (r.right <= window.innerWidth + 1) continue;"
				+ " let a = e.parentElement, clipped = false; for (; a; a = a.parentElement) { const o = getComputedStyle(a).overflowX;"
				+ " if (o !== 'visible') { clipped = true; break; } } if (clipped) continue;"
				+ " out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className"
				+ " ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' to ' + Math.round(r.right) + ' px');"
				+ " if (out.length >= 4) break; } return out.join(', '); }"));
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
