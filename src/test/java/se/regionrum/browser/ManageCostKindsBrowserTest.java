package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/**
 * An administrator finds the cost kinds under Administration, adds one (after leaving the name
 * empty), moves it up and deactivates it. axe-core checks every page on the way, also at 320 px.
 */
class ManageCostKindsBrowserTest extends BrowserTest {

	private static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name);
	}

	@Test
	void administratorAddsMovesAndDeactivatesACostKind() {
		String name = "Konsulter " + Long.toString(System.nanoTime(), 36);
		signInAsAdmin();
		open("/admin");
		page.getByRole(AriaRole.LINK, named("Kostnadsslag")).click();
		assertThat(page.locator("h1")).hasText("Kostnadsslag");
		assertAccessible();

		page.getByRole(AriaRole.LINK, named("Nytt kostnadsslag")).click();
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();
		assertThat(page.locator("#name-error")).hasText("Ange ett namn.");
		assertThat(page.locator(".error-summary a[href='#name']")).hasText("Ange ett namn.");
		assertAccessible();
		page.getByLabel("Namn på engelska").fill("Consultants");
		page.locator("#name").fill(name);
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();
		assertThat(page.locator(".flash-success")).hasText("Sparat.");
		Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(name));
		assertThat(row).containsText("Aktivt");

		row.locator("button", new Locator.LocatorOptions().setHasText("Flytta upp")).click();
		assertThat(page.locator(".flash-success")).hasText("Sparat.");
		row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(name));
		row.locator("button", new Locator.LocatorOptions().setHasText("Inaktivera")).click();
		assertThat(page.locator(".flash-success")).containsText("Kostnadsslaget är inaktiverat.");
		assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(name))).containsText("Inaktiverat");
		assertAccessible();
		screenshot("cost-kinds");

		page.setViewportSize(320, 800);
		assertAccessible();
		screenshot("cost-kinds-320");
	}

}
