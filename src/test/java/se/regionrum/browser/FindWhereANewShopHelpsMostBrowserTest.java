package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.run.AnalysisRun;
import se.regionrum.analysis.run.RunService;
import se.regionrum.platform.SystemUser;

/**
 * An administrator asks, on a finished analysis, where new grocery stores would help most: starts a
 * location analysis from the run page, clicks a site of their own on the map, sees the progress and
 * then the map of gains, the chosen sites and the comparison per municipality, and opens the sites
 * as a scenario. axe-core checks every page; the result page reflows at 320 CSS px. (Its jobs run on
 * PostgreSQL in LocationWebTest, so it is not marked {@link OnPostgresToo}.)
 */
class FindWhereANewShopHelpsMostBrowserTest extends BrowserTest {

	@Autowired
	DataSetService data;

	@Autowired
	RunService runs;

	AnalysisRun run;

	@BeforeEach
	void finishedRun() {
		AnalysisFixtures.World world = AnalysisFixtures.create(data, "lokalisering webbläsare " + System.nanoTime());
		run = AnalysisFixtures.await(runs, SystemUser.call(() -> runs.start(world.request("Var ska butiken ligga"))).id());
	}

	@Test
	void administratorFindsTheBestSitesAndOpensThemAsAScenario() {
		signInAsAdmin();
		open("/analysis/runs/" + run.id());
		page.getByText("Var gör ett nytt ställe mest nytta?").click();
		assertThat(page.locator("h1")).hasText("Lokaliseringsanalyser");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny lokaliseringsanalys")).click();
		assertThat(page.locator("h1")).hasText("Ny lokaliseringsanalys");
		page.locator("#location-draw-map.leaflet-container").waitFor();
		assertAccessible();

		// A number out of range is named with its field.
		page.getByLabel("Antal nya platser att välja").fill("30");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta lokaliseringsanalysen")).click();
		assertThat(page.locator(".error-summary")).containsText("Antal nya platser: skriv ett heltal från 1 till 20.");
		assertAccessible();

		// A click on the map adds a site of one's own to the list, and chooses such sites as candidates.
		page.locator("#location-draw-map").click();
		assertThat(page.locator("#sites")).hasValue(java.util.regex.Pattern.compile("^6\\d\\.\\d+;1\\d\\.\\d+"));
		assertThat(page.getByLabel("Platser som jag pekar ut på kartan eller skriver in")).isChecked();
		page.getByLabel("Mitten av varje befolkad ruta").check();
		page.getByLabel("Typ av service").selectOption("grocery_full");
		page.getByLabel("Antal nya platser att välja").fill("2");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta lokaliseringsanalysen")).click();

		assertThat(page.locator("h1")).hasText("Lokaliseringsanalys: Dagligvaror, fullsortiment");
		page.locator("#location-map").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
		page.locator("#location-map .leaflet-marker-icon").first().waitFor();
		assertThat(page.locator("table[aria-labelledby=sites-heading] tbody tr")).hasCount(2);
		assertThat(page.locator("table[aria-labelledby=comparison-heading] tbody tr").last()).containsText("Hela regionen");
		assertThat(page.locator(".map-legend")).containsText("Ingen vinst");
		screenshot("analysis-location");
		assertAccessible();
		assertReflowsAt(320);
		page.setViewportSize(1280, 900);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna platserna som scenario")).click();
		assertThat(page.locator(".notice")).containsText("Scenario på");
		assertThat(page.locator(".notice")).containsText("0 ställen stängda, 2 tillagda");
	}

}
