package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.dataset.DataSetService;

/**
 * An administrator starts an accessibility analysis from the runs page, waits on the run page while
 * it works, and sees the map, the per-municipality summary and the closure-impact ranking; the
 * ranking page filters; closing a point is previewed at once. axe-core checks every page on the way.
 */
@OnPostgresToo
class AnalyseServiceAccessBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSetService data;

	@BeforeEach
	void inputs() {
		if (jdbc.sql("select count(*) from analysis_grid").query(Long.class).single() == 0) {
			AnalysisFixtures.create(data, "webbläsare");
		}
	}

	@Test
	void administratorStartsAnAnalysisAndReadsItsResults() {
		signInAsAdmin();
		open("/analysis");
		assertAccessible();
		page.getByLabel("Namn").first().fill("Analys från webbläsaren");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta analysen")).click();

		assertThat(page.locator("h1")).hasText("Analys från webbläsaren");
		// The page polls while the run works and reloads itself when it is done.
		page.locator("#analysis-map").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
		assertThat(page.locator("#run-progress [role=alert]")).hasCount(0);
		page.locator("#analysis-map canvas").first().waitFor();
		assertThat(page.locator("#analysis-map.leaflet-container")).hasCount(1);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Risk och konsekvens: Dagligvaror, fullsortiment")))
			.isVisible();
		assertThat(page.locator("table[aria-labelledby=summary-heading] tbody tr").last()).containsText("Hela regionen");
		assertThat(page.locator("svg[role=img] rect").first()).isAttached();
		screenshot("analysis-run");
		assertAccessible();

		page.locator("#type").selectOption("pharmacy");
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Vägavstånd")).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Karta: Apotek"))).isVisible();
		assertThat(page.locator(".map-legend")).containsText("0–5 km");

		page.getByText("Hela listan med").click();
		assertThat(page.locator("h1")).hasText("Stängningskonsekvens per serviceställe");
		assertThat(page.locator("table tbody tr").first()).isVisible();
		screenshot("analysis-ranking");
		assertAccessible();

		// A what-if answered at once: close one point and preview before saving anything.
		page.locator("input[name=close]:not([disabled])").first().check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Förhandsgranska")).click();
		assertThat(page.locator("h1")).hasText("Förhandsgranskning av scenario");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara som scenarioanalys")))
			.isVisible();
		// The map marks the closed point, and the legend says how.
		page.locator("#analysis-map .scenario-closed").first().waitFor();
		assertThat(page.locator(".map-legend")).containsText("Stängt i scenariot");
		screenshot("analysis-preview");
		assertAccessible();

		open("/analysis/points");
		assertThat(page.locator("table tbody tr").first()).isVisible();
		assertAccessible();
		open("/analysis/data");
		assertAccessible();
		screenshot("analysis-data");
	}

}
