package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/** axe-core (WCAG 2.1 A and AA) finds nothing on the pages people use most. */
class AccessibilityBrowserTest extends BrowserTest {

	@Test
	void startPage() {
		open("/");
		assertThat(page.locator("h1")).isVisible();
		screenshot("start");
		assertAccessible();
	}

	@Test
	void organisationListAndDetail() {
		open("/organisations?kind=MUNICIPALITY");
		assertAccessible();
		page.locator("table tbody tr a").first().click();
		assertThat(page.locator("h1")).isVisible();
		assertAccessible();
	}

	@Test
	void signedInListsAndAdminPages() {
		signInAsAdmin();
		for (String path : new String[] { "/organisations", "/people", "/working-groups", "/admin", "/admin/users",
				"/admin/audit", "/admin/users/new", "/organisations/import", "/account/password" }) {
			open(path);
			assertAccessible();
		}
	}

	@Test
	void mapPage() {
		open("/map");
		page.waitForSelector(".leaflet-interactive");
		screenshot("map");
		assertAccessible();
	}

	@Test
	void editingAUserShowsEachFieldOnce() {
		signInAsAdmin();
		open("/admin/users");
		page.locator("table tbody tr a").first().click();
		page.waitForURL(Pattern.compile(".*/admin/users/\\d+/edit"));
		// the user name is fixed and no initial password is asked for in the account's form
		assertThat(page.locator("input[name=username]")).hasCount(1);
		assertThat(page.locator("input[name=username]")).hasAttribute("type", "hidden");
		assertThat(page.locator("input[name=password]")).hasCount(1);
		assertAccessible();
	}

	@Test
	void theFootersApiLinkLeadsToAnAccessibleReference() {
		open("/");
		page.locator("footer a", new Page.LocatorOptions().setHasText("API-dokumentation")).click();
		page.waitForURL(url("/api-reference"));
		assertThat(page.locator("h1")).hasText("API-referens");
		assertThat(page.locator("a[href='/v3/api-docs']")).isVisible();
		assertThat(page.locator("td", new Page.LocatorOptions().setHasText("/api/v1/registrations/{token}"))).isVisible();
		assertAccessible();
		open("/api-reference?lang=en");
		assertAccessible();
		// the statement names Swagger UI as a known deviation and points to the accessible reference
		open("/accessibility");
		assertThat(page.locator("#known-swagger-ui a[href='/api-reference']")).isVisible();
	}

	@Test
	void accessibilityStatementAndLogin() {
		open("/accessibility");
		assertAccessible();
		open("/login");
		assertAccessible();
	}

}
