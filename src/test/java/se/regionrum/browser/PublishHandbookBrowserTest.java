package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * An editor at the region writes a method, composes a handbook from it and a chapter of text,
 * orders the chapters, publishes edition 1, and a visitor without an account reads the public
 * version with its table of contents; every page axe-clean.
 */
class PublishHandbookBrowserTest extends BrowserTest {

	@Test
	void composeAndPublishAHandbookEdition() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		signInAsAdmin();

		open("/methods/new");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator("#title-error")).hasText("Ge metoden en titel.");
		assertAccessible();
		page.locator("#title").fill("Kommundialog " + run);
		page.locator("#ownerOrganisationId").selectOption(new SelectOption().setLabel("Region Dalarna"));
		page.locator("#summary").fill("Samtal mellan regionen och kommunens **utvecklingsaktörer**.");
		page.locator("#steps").fill("1. Kartlägg\n2. Bjud in\n3. Samtala <script>alert(1)</script>");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator("h1")).hasText("Kommundialog " + run);
		assertThat(page.locator("main strong")).hasText("utvecklingsaktörer");
		assertAccessible();

		open("/handbooks/new");
		page.locator("#title").fill("Handbok " + run);
		page.locator("#ownerOrganisationId").selectOption(new SelectOption().setLabel("Region Dalarna"));
		page.locator("#foreword").fill("Ett förord om Dalametoden.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator("h1")).hasText("Handbok " + run);
		assertAccessible();

		// a text chapter, then the method; then the method is moved first
		page.locator("#kind").selectOption("TEXT");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till kapitel")).click();
		assertThat(page.locator("#title-error")).hasText("Ge textkapitlet en rubrik.");
		assertAccessible();
		page.locator("#kind").selectOption("TEXT");
		page.locator("#title").fill("Lärdomar " + run);
		page.locator("#body").fill("- Att kommunernas aktiva medverkan är en förutsättning.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till kapitel")).click();
		page.locator("#kind").selectOption("METHOD");
		page.locator("#methodId").selectOption(new SelectOption().setLabel("Kommundialog " + run));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till kapitel")).click();
		assertThat(page.locator(".chapter-list li")).hasCount(2);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Flytta upp: Kommundialog " + run)).click();
		assertThat(page.locator(".chapter-list li").first()).containsText("Kommundialog " + run);
		assertAccessible();
		screenshot("handbook-compose");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera utgåva 1")).click();
		assertThat(page.locator("h1")).hasText("Handbok " + run);
		assertThat(page.locator(".edition-line")).containsText("Utgåva 1");
		String editionUrl = page.url();
		assertAccessible();
		for (String path : new String[] { "/methods", "/handbooks", editionUrl.replaceAll("/editions/1$", "/preview"),
				editionUrl.replaceAll("/editions/1$", "/chapters/0/edit"), editionUrl.replaceAll("/editions/1$", "/edit") }) {
			page.navigate(path.startsWith("http") ? path : url(path));
			assertAccessible();
		}

		BrowserContext visitor = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("sv-SE"));
		try {
			Page p = visitor.newPage();
			p.navigate(editionUrl.replaceAll("/editions/1$", "/published"));
			assertThat(p.locator("h1")).hasText("Handbok " + run);
			assertThat(p.locator("nav.toc li")).hasCount(3);
			assertThat(p.locator("nav.toc li").nth(1)).hasText("1. Kommundialog " + run);
			p.locator("nav.toc a", new Page.LocatorOptions().setHasText("2. Lärdomar " + run)).click();
			assertThat(p.locator("#kapitel-2")).containsText("aktiva medverkan");
			assertThat(p.locator("main script")).hasCount(0);
			page = p;
			assertAccessible();
			screenshot("handbook-public");
			// the demo handbook: practice cases with their index, survey results as tables
			p.navigate(url("/handbooks"));
			assertAccessible();
			com.microsoft.playwright.Locator demo = p.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Kommuner som möjliggörare av regional utveckling"));
			if (demo.count() > 0) {
				demo.first().click();
				assertThat(p.locator("#register")).containsText("Gagnefs kommun");
				assertAccessible();
				screenshot("handbook-demo-public");
			}
		}
		finally {
			visitor.close();
		}
	}

}
