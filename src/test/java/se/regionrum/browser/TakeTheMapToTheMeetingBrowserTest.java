package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.initiatives.InitiativesFixtures;

/**
 * "Ta kartan till mötet": an administrator composes a map of population by municipality with
 * commuting flows and initiatives, attaches it to a point of a meeting's agenda and publishes it;
 * a visitor follows the link on the meeting page to the full-screen view and steers it with the
 * keyboard. axe-core checks the pages on the way, the full-screen view with its map drawn.
 */
class TakeTheMapToTheMeetingBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationService organisationService;

	private String token;

	private long meetingId;

	private String meetingTitle;

	@BeforeEach
	void dalarna() {
		InitiativesFixtures.ensure(jdbc, organisations, organisationService);
		token = Long.toString(System.nanoTime(), 36);
		Instant now = Instant.now();
		jdbc.sql("insert into indicator (code, name, unit, source, higher_is_better, created_at, updated_at) "
				+ "values (?, ?, 'invånare', 'OWN', true, ?, ?)")
			.params("BRT" + token, "Folkmängd " + token, Timestamp.from(now), Timestamp.from(now))
			.update();
		long indicator = jdbc.sql("select id from indicator where code = ?").param("BRT" + token).query(Long.class)
			.single();
		List<String> codes = jdbc.sql("select scb_code from organisation where kind = 'MUNICIPALITY' and scb_code is not null")
			.query(String.class).list();
		int i = 1;
		for (String code : codes) {
			jdbc.sql("insert into indicator_value (indicator_id, area_code, value_year, gender, amount, example) "
					+ "values (?, ?, 2023, 'T', ?, true)").params(indicator, code, 5000.0 * i++).update();
		}
		if (jdbc.sql("select count(*) from commuting_flow where flow_year = 2023").query(Long.class).single() == 0) {
			jdbc.sql("insert into commuting_flow (home_code, work_code, flow_year, gender, persons, example) values "
					+ "('2081', '2080', 2023, 'T', 4200, true), ('2080', '2081', 2023, 'T', 3100, true)").update();
		}
		meetingTitle = "Regionala rummet " + token;
		jdbc.sql("insert into meeting (title, kind, meeting_date, start_time, end_time, published, created_at, updated_at) "
				+ "values (?, 'SEMINAR', ?, '09:00', '12:00', true, ?, ?)")
			.params(meetingTitle, LocalDate.now().plusDays(14), Timestamp.from(now), Timestamp.from(now))
			.update();
		meetingId = jdbc.sql("select id from meeting where title = ?").param(meetingTitle).query(Long.class).single();
		jdbc.sql("insert into meeting_agenda_item (meeting_id, position, title) values (?, 1, 'Service och pendling i länet')")
			.param(meetingId).update();
	}

	private static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name);
	}

	@Test
	void aVisitorShowsTheMeetingsMapInFullScreenAndSteersItWithTheKeyboard() {
		String title = "Dalarna – service och pendling " + token;
		signInAsAdmin();
		open("/maps");
		assertAccessible();
		page.getByRole(AriaRole.LINK, named("Ny karta")).first().click();
		page.getByLabel("Titel").fill(title);
		page.getByLabel("Källrad").fill("SCB och Kolada, exempeldata");
		page.locator("#ownerOrganisationId").selectOption(new SelectOption().setLabel("Region Dalarna"));
		page.getByLabel("Publicerad (syns för alla besökare)").check();
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();
		assertThat(page.locator("h1")).hasText("Ändra karta");
		assertAccessible();

		page.locator("summary", new Page.LocatorOptions().setHasText("Kommungränser")).click();
		page.locator("#b-indicator").selectOption(new SelectOption().setLabel("Folkmängd " + token + " (invånare)"));
		page.locator("#b-labels").check();
		page.locator("form:has(#b-indicator) button[type=submit]").click();
		assertThat(page.locator(".map-layer-list")).containsText("Folkmängd " + token + ", 2023");
		page.locator("summary", new Page.LocatorOptions().setHasText("Pendling")).click();
		page.locator("#f-min").fill("1000");
		page.locator("form:has(#f-min) button[type=submit]").click();
		page.locator("main summary", new Page.LocatorOptions().setHasText("Initiativ")).click();
		page.locator("form:has(#i-status) button[type=submit]").click();
		assertThat(page.locator(".map-layer-list li")).hasCount(3);
		// the top layer is listed first; moving the boundaries up puts them above the flows
		assertThat(page.locator(".map-layer-list li").last()).containsText("Folkmängd " + token);
		page.getByRole(AriaRole.BUTTON, named("Flytta upp Folkmängd " + token + ", 2023")).click();
		assertThat(page.locator(".map-layer-list li").nth(1)).containsText("Folkmängd " + token);
		assertThat(page.locator(".map-layer-list li").last()).containsText("Pendling 2023");

		page.locator("#meetingId").selectOption(new SelectOption().setLabel(meetingTitle + " (" + LocalDate.now().plusDays(14) + ")"));
		page.getByRole(AriaRole.BUTTON, named("Visa mötets programpunkter")).click();
		page.locator("#agendaItemId").selectOption(new SelectOption().setLabel("Service och pendling i länet"));
		page.getByRole(AriaRole.BUTTON, named("Knyt kartan till punkten")).click();
		assertThat(page.locator(".flash-success")).hasText("Kartan är knuten till programpunkten.");
		assertAccessible();
		screenshot("compose-a-map");

		// a visitor on the meeting page
		context.clearCookies();
		open("/meetings/" + meetingId);
		page.getByRole(AriaRole.LINK, named("Karta: " + title)).click();
		page.waitForSelector("#composed-map[data-ready=true]");
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator(".site-header")).hasCount(0);
		assertThat(page.locator("#map-legend")).containsText("Pendling 2023");
		assertThat(page.locator(".leaflet-control-scale")).isVisible();
		assertThat(page.locator(".map-north")).isVisible();
		assertAccessible();
		screenshot("take-the-map-to-the-meeting");

		double zoom = zoom();
		page.keyboard().press("+");
		page.waitForFunction("z => document.getElementById('composed-map')._composedMap.getZoom() > z", zoom);
		Object centre = page.evaluate("() => document.getElementById('composed-map')._composedMap.getCenter().lng");
		page.keyboard().press("ArrowRight");
		page.waitForFunction("x => document.getElementById('composed-map')._composedMap.getCenter().lng > x", centre);
		page.keyboard().press("l");
		assertThat(page.locator("#map-legend")).isHidden();
		page.keyboard().press("l");
		assertThat(page.locator("#map-legend")).isVisible();
		page.keyboard().press("Escape");
		page.waitForURL("**/maps/*");
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator(".map-tables")).containsText("Borlänge");
		assertAccessible();
	}

	private double zoom() {
		return ((Number) page.evaluate("() => document.getElementById('composed-map')._composedMap.getZoom()")).doubleValue();
	}

	@Test
	void withoutScriptTheFullScreenViewShowsThePicture() {
		Long id = jdbc.sql("select min(id) from map_composition where published = true").query(Long.class).single();
		assertThat(id).as("a published demo map").isNotNull();
		context.close();
		context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false)
			.setLocale("sv-SE").setViewportSize(1280, 800));
		page = context.newPage();
		open("/maps/" + id + "/present");
		assertThat(page.locator("#composed-map img.map-fallback")).isVisible();
		boolean loaded = (Boolean) page.evaluate("() => { const i = document.querySelector('img.map-fallback'); "
				+ "return i.complete && i.naturalWidth > 1000; }");
		assertThat(loaded).isTrue();
	}

}
