package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/** A region administrator signs in, registers an organisation and finds it in the list. */
class ManageOrganisationsBrowserTest extends BrowserTest {

	@Test
	void signInCreateOrganisationAndFindItInTheList() {
		signInAsAdmin();
		assertThat(page.locator(".signed-in")).containsText("administratör");

		open("/organisations/new");
		page.getByLabel("Namn").fill("Västerdalarnas Byalag");
		page.locator("#kind").selectOption("ASSOCIATION");
		page.getByLabel("Webbplats").fill("https://example.org/byalag");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Spara")).click();

		assertThat(page.locator("h1")).hasText("Västerdalarnas Byalag");
		assertThat(page.locator(".flash-success")).hasText("Sparat.");

		open("/organisations?q=Byalag");
		assertThat(page.locator("table tbody tr")).hasCount(1);
		assertThat(page.locator("table tbody")).containsText("Förening eller ideell organisation");
		screenshot("organisations-list");
	}

	@Test
	void formShowsValidationErrorsAccessibly() {
		signInAsAdmin();
		open("/organisations/new");
		page.locator("#kind").selectOption("MUNICIPALITY");
		page.getByLabel("Kommunkod (SCB)").fill("20");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Spara")).click();

		assertThat(page.locator(".error-summary")).containsText("Ange organisationens namn.");
		assertThat(page.locator("#scbCode-error")).hasText("Kommunkoden är fyra siffror, t.ex. 2080.");
		assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");
		screenshot("organisation-form-errors");
		assertAccessible();
	}

	@Test
	void switchesLanguageToEnglishAndBack() {
		open("/organisations");
		assertThat(page.locator("h1")).hasText("Organisationer");
		assertThat(page.locator("html")).hasAttribute("lang", "sv");
		page.getByText("English").click();
		assertThat(page.locator("h1")).hasText("Organisations");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		open("/");
		assertThat(page.locator(".skip-link")).hasText("Skip to content");
		page.getByText("Svenska").click();
		assertThat(page.locator(".skip-link")).hasText("Hoppa till innehållet");
	}

}
