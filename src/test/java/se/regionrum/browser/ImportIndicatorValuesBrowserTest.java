package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.regionrum.indicators.IndicatorsFixtures;

/**
 * An administrator uploads Kolada's two recorded pages with their KPI metadata, follows the import
 * until it is done, then uploads a broken page and reads its problems by JSON path; axe-core checks
 * every page on the way.
 */
@OnPostgresToo
class ImportIndicatorValuesBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	long lastIndicatorBefore;

	@BeforeEach
	void remember() {
		lastIndicatorBefore = IndicatorsFixtures.lastIndicator(jdbc);
	}

	@AfterEach
	void removeImported() {
		IndicatorsFixtures.removeIndicatorsAndImports(jdbc, lastIndicatorBefore);
	}

	@org.junit.jupiter.api.io.TempDir
	java.nio.file.Path temp;

	@Test
	void administratorImportsKoladaPagesAndReadsTheProblemsOfABrokenOne() throws java.io.IOException {
		signInAsAdmin();
		open("/indicators/imports");
		assertThat(page.locator("h1")).hasText("Importera nyckeltal");
		assertAccessible();
		screenshot("indicator-imports-form");

		page.getByLabel("Egna siffror (CSV)").check();
		assertThat(page.locator("#kpis")).isHidden();
		assertThat(page.locator("#indicatorId")).isVisible();
		page.getByLabel("Kolada (JSON)").check();
		assertThat(page.locator("#indicatorId")).isHidden();
		page.locator("#files").setInputFiles(new java.nio.file.Path[] {
				Paths.get("src/test/resources/indicators/kolada/N91951-page1.json"),
				Paths.get("src/test/resources/indicators/kolada/N91951-page2.json") });
		page.locator("#kpis").setInputFiles(Paths.get("src/test/resources/indicators/kolada/kpi-N91951-N90914.json"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera")).click();
		page.getByText("13 värden sparades").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
		assertAccessible();
		screenshot("indicator-import-done");

		java.nio.file.Path broken = temp.resolve("trasig.json");
		java.nio.file.Files.writeString(broken, java.nio.file.Files
			.readString(Paths.get("src/test/resources/indicators/kolada/N91951-page1.json"))
			.replace("\"2081\"", "\"2099\"").replace("\"period\": 2023", "\"period\": \"tjugo\""));
		open("/indicators/imports");
		page.getByLabel("Kolada (JSON)").check();
		page.locator("#files").setInputFiles(broken);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera")).click();
		page.locator(".error-summary h2").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
		assertThat(page.locator(".error-summary tbody tr").first()).containsText("values[0].period");
		assertAccessible();
		screenshot("indicator-import-rejected");

		open("/indicators/imports");
		assertThat(page.locator("table")).containsText("Avvisad");
		screenshot("indicator-imports-list");
	}

}
