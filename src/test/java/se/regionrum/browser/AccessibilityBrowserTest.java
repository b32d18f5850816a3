package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
	void accessibilityStatementAndLogin() {
		open("/accessibility");
		assertAccessible();
		open("/login");
		assertAccessible();
	}

}
