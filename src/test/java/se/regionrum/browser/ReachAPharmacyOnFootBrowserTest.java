package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.network.TravelMode;

/**
 * An administrator asks who reaches a pharmacy on foot within 15 minutes: picks a walking network
 * on the start form (the connector speed left blank follows it), sets the limit, and reads the run
 * page that says it walked. The import form offers the travel mode. axe-core checks the pages.
 */
class ReachAPharmacyOnFootBrowserTest extends BrowserTest {

	@Autowired
	DataSetService data;

	@Test
	void administratorAnalysesWalkingToAPharmacy() {
		String label = "till fots " + System.nanoTime();
		var world = AnalysisFixtures.create(data, label, true, TravelMode.WALK);
		signInAsAdmin();
		open("/analysis");
		page.getByLabel("Namn").first().fill("Apotek till fots");
		page.locator("#networkId").selectOption(new SelectOption().setValue(String.valueOf(world.networkId())));
		assertThat(page.locator("#networkId option:checked")).containsText("Gång");
		page.locator("details.settings summary").click();
		assertThat(page.locator("#connectorSpeedKmh")).hasValue("");
		page.locator("#thresholds").fill("15, 30");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta analysen")).click();

		assertThat(page.locator("h1")).hasText("Apotek till fots");
		page.locator("#analysis-map").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
		assertThat(page.locator("dl.facts")).containsText("Gång");
		assertThat(page.locator("dl.facts")).containsText("5 km/h");
		assertAccessible();

		open("/analysis/imports");
		assertThat(page.getByLabel("Färdsätt")).isVisible();
		page.getByLabel("Färdsätt").selectOption("walk");
		assertAccessible();
	}

}
