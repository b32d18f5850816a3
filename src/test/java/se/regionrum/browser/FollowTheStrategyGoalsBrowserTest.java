package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.followup.FollowupFixtures;
import se.regionrum.initiatives.InitiativesFixtures;

/**
 * A visitor follows a published strategy's goals from the strategy's page: the indicators with their
 * trend in words and arrows, the distance to the targets, the initiatives, funding, consensus and
 * programmes; at desktop and phone width. A signed-in user then sees which municipalities are engaged, in
 * the table (sorted by a measure) and on the map coloured by a chosen measure. axe-core checks every page.
 */
class FollowTheStrategyGoalsBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationService organisationService;

	private long strategy;

	private String token;

	@BeforeEach
	void world() {
		InitiativesFixtures.ensure(jdbc, organisations, organisationService);
		token = Long.toString(System.nanoTime(), 36);
		FollowupFixtures fixtures = new FollowupFixtures(jdbc);
		OrganisationRef region = organisations.findByName("Region Dalarna").orElseThrow();
		OrganisationRef falun = organisations.findByScbCode("2080").orElseThrow();
		OrganisationRef mora = organisations.findByScbCode("2062").orElseThrow();
		String area = "00" + region.countyCode();
		FollowupFixtures.StrategyGoals s = fixtures.strategy("Uppföljd strategi " + token, region.id(), true, 2020, 3);
		strategy = s.strategyId();
		long goal = s.goalIds().get(0);
		long employment = fixtures.indicator("B" + token, "Förvärvsfrekvens " + token, true, area, 2019, 78.0, 78.5, 79.4, 80.1);
		long emissions = fixtures.indicator("U" + token, "Utsläpp av växthusgaser per invånare " + token, false, area, 2019,
				7.1, 6.8, 6.9, 7.3);
		fixtures.link(employment, goal, 82.0, 2030);
		fixtures.link(emissions, goal, 4.0, 2030);
		fixtures.link(employment, s.goalIds().get(1), null, null);
		fixtures.initiative("Servicepunkt " + token, falun.id(), falun.id(), goal, "UNDER_WAY", true, true, 400_000, 250_000, 90_000);
		fixtures.consultation(strategy, s.goalIds(), List.of(falun.id(), mora.id()), List.of("SUPPORTS", "SUPPORTS_WITH_CHANGES"));
		fixtures.programme("Serviceprogrammet " + token, region.id(), goal, true);
		// a municipality of another county that has done nothing yet
		jdbc.sql("insert into organisation (name, kind, scb_code, county_code, created_at, updated_at)"
				+ " values (?, 'MUNICIPALITY', '0998', '09', current_timestamp, current_timestamp)")
			.param("Ännu ej engagerad kommun").update();
	}

	@AfterEach
	void removeMunicipality() {
		jdbc.sql("delete from organisation where scb_code = '0998'").update();
	}

	private static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name);
	}

	@Test
	void aVisitorFollowsTheGoalsAndASignedInUserSeesWhoIsNotYetEngaged() {
		open("/strategies/" + strategy);
		page.getByRole(AriaRole.LINK, named("Följ upp målen")).click();
		assertThat(page.locator("h1")).hasText("Uppföljning av Uppföljd strategi " + token);
		assertAccessible();
		var employmentRow = page.locator("tr", new Page.LocatorOptions().setHasText("Förvärvsfrekvens " + token)).first();
		assertThat(employmentRow).containsText("↑");
		assertThat(employmentRow).containsText("bättre");
		assertThat(employmentRow).containsText("+1,6 sedan 2020");
		assertThat(employmentRow).containsText("i fas");
		var emissionsRow = page.locator("tr", new Page.LocatorOptions().setHasText("Utsläpp av växthusgaser per invånare " + token));
		assertThat(emissionsRow).containsText("sämre");
		assertThat(emissionsRow).containsText("inte i fas");
		assertThat(page.locator("main")).containsText("Serviceprogrammet " + token);
		assertThat(page.locator("main")).containsText("Stöd med ändringsförslag");
		assertThat(page.locator("main")).containsText("250\u00a0000");
		screenshot("follow-up-1280");

		page.setViewportSize(320, 800);
		open("/strategies/" + strategy + "/follow-up");
		assertAccessible();
		screenshot("follow-up-320");
		page.setViewportSize(1280, 900);

		signInAsAdmin();
		open("/strategies/" + strategy + "/follow-up");
		page.getByRole(AriaRole.LINK, named("Kommunernas engagemang")).first().click();
		assertThat(page.locator("h1")).hasText("Kommunernas engagemang");
		assertThat(page.locator(".not-engaged-list")).containsText("Ännu ej engagerad kommun");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Ännu ej engagerad kommun")))
			.containsText("inte engagerad ännu");
		page.locator("#engagement-map .leaflet-interactive").first().waitFor();
		assertAccessible();
		page.getByRole(AriaRole.LINK, named("Deltagare")).click();
		assertThat(page.locator("th[aria-sort]")).containsText("Deltagare");
		page.getByLabel("Färga kartan efter").selectOption("INITIATIVES");
		page.getByRole(AriaRole.BUTTON, named("Visa")).click();
		assertThat(page.locator("#engagement-legend-title")).hasText("Initiativ");
		page.locator("#engagement-map .leaflet-interactive").first().waitFor();
		assertAccessible();
		screenshot("engagement-1280");
		page.setViewportSize(320, 800);
		page.reload();
		assertAccessible();
		screenshot("engagement-320");
	}

}
