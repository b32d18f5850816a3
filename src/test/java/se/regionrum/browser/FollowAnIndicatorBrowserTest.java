package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.indicators.demo.IndicatorDemoData;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.platform.SystemUser;

/**
 * A visitor follows an indicator of the demo: finds it in the list, reads the chart over time and the
 * comparison of the municipalities (chart, map and tables), picks other municipalities, women and another
 * year; an administrator then sets a target on a goal after a mistyped target year. axe-core checks every
 * page, also at 320 px, where the page must not scroll sideways (the tables scroll in their own box).
 */
class FollowAnIndicatorBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationService organisationService;

	@Autowired
	IndicatorDemoData demo;

	private static final Page.GetByLabelOptions exact = new Page.GetByLabelOptions().setExact(true);

	private static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name);
	}

	@BeforeEach
	void demoData() {
		InitiativesFixtures.ensure(jdbc, organisations, organisationService);
		SystemUser.run(demo::load);
	}

	@Test
	void visitorComparesTheMunicipalitiesAndAnAdministratorSetsATarget() {
		open("/indicators");
		assertThat(page.locator("h1")).hasText("Nyckeltal");
		assertAccessible();
		page.getByLabel("Sök").fill("förvärvsarbetande");
		page.getByRole(AriaRole.BUTTON, named("Visa")).click();
		page.getByRole(AriaRole.LINK, named("Förvärvsarbetande invånare 20–64 år, andel (%)")).click();

		assertThat(page.locator("h1")).hasText("Förvärvsarbetande invånare 20–64 år, andel (%)");
		assertThat(page.locator(".notice-example")).containsText("Exempeldata.");
		assertThat(page.locator("figure[data-chart=series]")).isVisible();
		assertThat(page.locator("figure[data-chart=comparison]")).isVisible();
		assertThat(page.locator("#series-table tbody tr")).hasCount(17);
		assertThat(page.locator("#comparison-table caption")).containsText("Kommunerna 2024");
		assertThat(page.locator("#indicator-map path.leaflet-interactive").first()).isVisible();
		assertAccessible();
		screenshot("indicator-1280");

		// a municipality shown and hidden without a reload; then women in 2020 for Mora and Falun
		page.getByLabel("Mora", exact).check();
		page.getByLabel("Avesta", exact).uncheck();
		page.getByLabel("Borlänge", exact).uncheck();
		page.getByLabel("Kvinnor", exact).check();
		page.getByLabel("År att jämföra").selectOption("2020");
		page.locator("#indicator-choices button[type=submit]").click();
		assertThat(page.locator("#comparison-title")).hasText("Kommunerna jämförda 2020");
		assertThat(page.locator("#series-table caption")).containsText("Kvinnor");
		assertThat(page.getByLabel("Mora", exact)).isChecked();
		assertThat(page.getByLabel("Avesta", exact)).not().isChecked();
		assertAccessible();

		page.setViewportSize(320, 800);
		assertAccessible();
		Object width = page.evaluate("() => document.documentElement.scrollWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("page width at 320 px").isLessThanOrEqualTo(320);
		screenshot("indicator-320");
		page.setViewportSize(1280, 900);

		signInAsAdmin();
		open("/indicators");
		page.getByRole(AriaRole.LINK, named("Nytt nyckeltal")).click();
		assertAccessible();
		String code = "B" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
		page.locator("#code").fill(code);
		page.locator("#name").fill("Andel i webbläsartest " + code);
		page.locator("#unit").fill("%");
		page.locator("#source").selectOption("OWN");
		page.locator("#goals0\\.goalId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(2));
		page.locator("#goals0\\.targetValue").fill("8,5");
		page.locator("#goals0\\.targetYear").fill("230");
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();
		assertThat(page.locator(".error-summary a[href='#goals0.targetYear']")).hasText("Ange ett målår mellan 1990 och 2100.");
		assertThat(page.locator("#goals0\\.targetValue")).hasValue("8,5");
		assertAccessible();
		page.locator("#goals0\\.targetYear").fill("2030");
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();
		assertThat(page.locator(".flash-success")).hasText("Sparat.");
		assertThat(page.locator("h1")).hasText("Andel i webbläsartest " + code);
		assertThat(page.locator("main")).containsText("målvärde 8,5 % år 2030");
		assertThat(page.locator("main")).containsText("Det finns inga värden för nyckeltalet ännu.");
		assertAccessible();
	}

}
