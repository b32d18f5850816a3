package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/**
 * Someone tries other assumptions for a large establishment the way Swedes type numbers: "0,9"
 * recomputes the estimate at once, and a value that is no number says so next to the estimate
 * instead of leaving the old figures standing. Numbers follow the page's language.
 */
class TryEstablishmentAssumptionsBrowserTest extends InitiativesDemoBrowserTest {

	@Test
	void aDecimalCommaRecomputesTheEstimateAndNonsenseIsToldNotIgnored() {
		open("/establishments");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Batterifabrik (exempel)")).click();
		String path = page.url().substring(url("").length());
		Locator multiplier = page.getByLabel("Indirekta jobb per direkt jobb");
		assertThat(multiplier).hasValue("0,6");
		assertThat(multiplier).hasAttribute("inputmode", "decimal");
		assertThat(page.getByLabel("Falu kommun")).hasValue("0,25");
		String before = page.locator("#impact tbody").textContent();
		// thousands are held together by no-break spaces, so they never wrap in the narrow cells
		assertThat(page.locator("#impact td.num").allTextContents()).anyMatch(t -> t.matches("\\d{1,3}\u00a0\\d{3}"))
			.noneMatch(t -> t.matches(".*\\d \\d.*"));

		multiplier.fill("0,9");
		multiplier.press("Tab");
		assertThat(page.locator("#impact .flash-success")).isVisible();
		assertThat(page.locator("#impact tbody")).not().hasText(before);
		String recomputed = page.locator("#impact tbody").textContent();
		screenshot("establishment-what-if-comma");
		assertAccessible();

		multiplier.fill("0,9x");
		multiplier.press("Tab");
		assertThat(page.locator("#impact .error-summary")).containsText("Ange ett tal, till exempel 0,9.");
		assertThat(page.locator("#impact .error-summary a[href='#indirectJobMultiplier']")).isVisible();
		assertThat(page.locator("#impact .flash-error")).isVisible();
		assertThat(page.locator("#impact .flash-success")).hasCount(0);
		assertThat(page.locator("#impact tbody")).not().hasText(recomputed);
		assertAccessible();

		open(path + "?lang=en");
		assertThat(page.locator("#indirectJobMultiplier")).hasValue("0.6");
		assertThat(page.locator("#impact td.num").allTextContents()).anyMatch(t -> t.matches("\\d{1,3},\\d{3}"))
			.noneMatch(t -> t.contains("\u00a0"));
		open(path + "?lang=sv");
	}

}
