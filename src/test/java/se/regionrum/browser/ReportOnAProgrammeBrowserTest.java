package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
 * An administrator creates a programme in the UI, adds an action area, an activity and a cost
 * line (after a wrong amount and a date outside the period), and makes the final report, as a
 * page and as a PDF. axe-core checks every page on the way.
 */
class ReportOnAProgrammeBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationService organisationService;

	@BeforeEach
	void dalarna() {
		InitiativesFixtures.ensure(jdbc, organisations, organisationService);
	}

	private static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name);
	}

	@Test
	void administratorCreatesAProgrammeAndMakesItsFinalReport() {
		String name = "Servicelyftet i Orsa finnmark " + Long.toString(System.nanoTime(), 36);
		signInAsAdmin();
		open("/programmes");
		assertAccessible();
		page.getByRole(AriaRole.LINK, named("Nytt program eller projekt")).click();
		assertAccessible();
		page.getByLabel("Namn").fill(name);
		page.locator("#ownerOrganisationId").selectOption(new SelectOption().setLabel("Orsa kommun"));
		page.getByLabel("Startdatum").fill("2024-01-01");
		page.getByLabel("Slutdatum").fill("2025-12-31");
		page.locator("#status").selectOption("ONGOING");
		page.getByLabel("Syfte").fill("Tillgång till kommersiell service i Orsa finnmark.");
		page.locator("#results").fill("Två byar har fått servicepunkter");
		page.locator("#lessons").fill("Byarnas egna föreningar bär arbetet");
		page.getByLabel("Publicerat (programmet och slutrapporten syns för alla)").check();
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator(".flash-success")).hasText("Sparat.");
		assertAccessible();

		page.getByRole(AriaRole.LINK, named("Nytt insatsområde")).click();
		page.getByLabel("Namn").fill("Servicelösningar i samverkan");
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();
		assertThat(page.locator("main")).containsText("Servicelösningar i samverkan");

		page.getByRole(AriaRole.LINK, named("Ny aktivitet")).click();
		page.locator("#kind").selectOption("STUDY_TRIP");
		page.locator("#title").fill("Studieresa till Björbo");
		page.getByLabel("Datum").fill("2027-05-10");
		page.getByLabel("Deltagare").fill("14");
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();
		assertThat(page.locator("#activityDate-error")).hasText("Datumet ligger utanför programmets period.");
		assertThat(page.locator(".error-summary")).containsText("Datumet ligger utanför programmets period.");
		assertAccessible();
		page.getByLabel("Datum").fill("2024-05-10");
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();
		assertThat(page.locator("main")).containsText("Studieresa till Björbo");

		page.getByRole(AriaRole.LINK, named("Ny kostnadsrad")).click();
		page.getByLabel("År").fill("2024");
		page.locator("#costKindId").selectOption(new SelectOption().setLabel("Resor"));
		page.getByLabel("Utgift (kr)").fill("12 500 kronor");
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();
		assertThat(page.locator("#spent-error")).containsText("Ange beloppet i hela kronor");
		assertAccessible();
		page.getByLabel("Utgift (kr)").fill("12 500");
		page.getByRole(AriaRole.BUTTON, named("Spara")).click();
		assertThat(page.locator(".cost-table tfoot")).containsText("12\u00a0500");
		assertAccessible();
		screenshot("programme-detail");

		page.getByRole(AriaRole.LINK, named("Slutrapport").setExact(true)).click();
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator(".report-total")).hasText("12\u00a0500\u00a0kr");
		assertThat(page.locator("main")).containsText("Studieresa till Björbo");
		assertThat(page.locator("main")).containsText("Byarnas egna föreningar bär arbetet");
		assertAccessible();
		screenshot("programme-report");

		page.locator("#activities").selectOption("false");
		page.getByRole(AriaRole.BUTTON, named("Gör rapporten")).click();
		assertThat(page.locator("main")).not().containsText("Studieresa till Björbo");
		assertAccessible();

		var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, named("Slutrapport som PDF")).click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".pdf");
	}


	@Test
	void visitorReadsTheDemoReportAndSignedInUsersSeeTheEvaluation() {
		org.junit.jupiter.api.Assumptions.assumeTrue(jdbc.sql("select count(*) from programme where name = ?")
			.param("Processledning Regionala serviceprogrammet 2016–2019").query(Long.class).single() > 0);
		open("/programmes");
		assertAccessible();
		page.getByRole(AriaRole.LINK, named("Processledning Regionala serviceprogrammet 2016–2019")).click();
		assertAccessible();
		page.getByRole(AriaRole.LINK, named("Slutrapport").setExact(true)).click();
		assertThat(page.locator(".report-total")).hasText("3\u00a0443\u00a0000\u00a0kr");
		assertThat(page.locator("main")).containsText("14 av 15 kommuner har aktuella serviceplaner");
		assertAccessible();
		page.setViewportSize(320, 800);
		assertAccessible();
		screenshot("programme-report-320");
		page.setViewportSize(1280, 900);

		signInAsAdmin();
		open("/programmes");
		page.getByRole(AriaRole.LINK, named("Dalametoden steg 2")).click();
		assertThat(page.locator("main")).containsText("Halvtidsutvärdering");
		assertAccessible();
		screenshot("programme-dalametoden");
		page.getByRole(AriaRole.LINK, named("Redigera").setExact(true)).first().click();
		assertAccessible();
	}

}
