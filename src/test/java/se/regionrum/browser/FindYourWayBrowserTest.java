package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/**
 * Finding a page through the main navigation: on a phone behind a menu button that leaves the
 * first screen to the content, on a wide screen as one row of module menus; by keyboard, and
 * without JavaScript too.
 */
class FindYourWayBrowserTest extends BrowserTest {

	@Test
	void onAPhoneTheMenuButtonOpensTheGroupedNavigation() {
		page.setViewportSize(390, PHONE_HEIGHT);
		open("/");
		Locator toggle = page.locator("button.nav-toggle");
		Locator nav = page.locator("nav.main-nav");
		assertThat(toggle).isVisible();
		assertThat(toggle).hasAttribute("aria-expanded", "false");
		assertThat(toggle).hasAttribute("aria-controls", "main-nav-list");
		assertThat(nav).isHidden();
		// the header leaves most of the first screen to the content
		double header = page.locator("header.site-header").boundingBox().height;
		org.assertj.core.api.Assertions.assertThat(header).isLessThan(PHONE_HEIGHT * 0.2);
		assertThat(page.locator("main h1")).isInViewport();

		// by keyboard: the button opens the menu, a group opens its links, Escape closes
		toggle.focus();
		page.keyboard().press("Enter");
		assertThat(toggle).hasAttribute("aria-expanded", "true");
		assertThat(nav).isVisible();
		assertAccessible();
		screenshot("nav-phone-open");
		Locator strategy = page.locator("summary", new Page.LocatorOptions().setHasText("Strategi"));
		strategy.focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("#nav-strategy a", new Page.LocatorOptions().setHasText("Planregister"))).isVisible();
		page.keyboard().press("Escape");
		assertThat(page.locator("#nav-strategy")).isHidden();
		assertThat(strategy).isFocused();
		page.keyboard().press("Escape");
		assertThat(toggle).hasAttribute("aria-expanded", "false");
		assertThat(nav).isHidden();
		assertThat(toggle).isFocused();

		toggle.click();
		strategy.click();
		page.locator("#nav-strategy a", new Page.LocatorOptions().setHasText("Planregister")).click();
		page.waitForURL(url("/plans"));
		assertThat(nav).isHidden();
		toggle.click();
		assertThat(page.locator("summary.nav-current")).hasText("Strategi");
		strategy.click();
		assertThat(page.locator("#nav-strategy a[aria-current=page]")).hasText("Planregister");
	}

	@Test
	void onAWideScreenTheLinksAreGroupedByModuleInOneRow() {
		signInAsAdmin();
		open("/indicators/flows");
		assertThat(page.locator("button.nav-toggle")).isHidden();
		Locator summaries = page.locator("nav.main-nav summary");
		List<String> groups = summaries.allTextContents();
		org.assertj.core.api.Assertions.assertThat(groups).containsExactly("Aktörer", "Strategi", "Initiativ", "Dialog",
				"Analys", "Nyckeltal", "Uppföljning");
		double top = summaries.first().boundingBox().y;
		for (int i = 0; i < summaries.count(); i++) {
			org.assertj.core.api.Assertions.assertThat(summaries.nth(i).boundingBox().y).isEqualTo(top);
		}
		// the flows page belongs to the flows link alone, not to the indicators under the same group
		assertThat(page.locator("summary.nav-current")).hasText("Nyckeltal");
		assertThat(page.locator("nav a[aria-current=page]")).hasCount(1);
		assertThat(page.locator("nav a[aria-current=page]")).hasText("Pendling");

		// one menu open at a time; Escape closes it and gives focus back to its summary
		Locator initiatives = summaries.filter(new Locator.FilterOptions().setHasText("Initiativ"));
		initiatives.click();
		assertThat(page.locator("#nav-initiatives")).isVisible();
		screenshot("nav-wide-open");
		assertAccessible();
		summaries.filter(new Locator.FilterOptions().setHasText("Uppföljning")).click();
		assertThat(page.locator("#nav-initiatives")).isHidden();
		assertThat(page.locator("#nav-followup")).isVisible();
		page.keyboard().press("Escape");
		assertThat(page.locator("#nav-followup")).isHidden();
		assertThat(summaries.filter(new Locator.FilterOptions().setHasText("Uppföljning"))).isFocused();
		// a click elsewhere closes an open menu
		initiatives.click();
		page.locator("main h1").click();
		assertThat(page.locator("#nav-initiatives")).isHidden();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration")).click();
		page.waitForURL(url("/admin"));
	}

	@Test
	void withoutJavaScriptThePhoneMenuStaysOpen() {
		BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE")
			.setViewportSize(390, PHONE_HEIGHT)
			.setJavaScriptEnabled(false));
		try {
			Page plain = noScript.newPage();
			plain.navigate(url("/"));
			assertThat(plain.locator("button.nav-toggle")).isHidden();
			assertThat(plain.locator("nav.main-nav")).isVisible();
			plain.locator("summary", new Page.LocatorOptions().setHasText("Initiativ")).click();
			plain.locator("#nav-initiatives a", new Page.LocatorOptions().setHasText("Utvecklingsinitiativ")).click();
			plain.waitForURL(url("/initiatives"));
			assertThat(plain.locator("h1")).hasText("Utvecklingsinitiativ");
		}
		finally {
			noScript.close();
		}
	}

}
