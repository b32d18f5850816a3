package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/**
 * An organiser creates a meeting with the form, adds an agenda item, and visits the organiser
 * pages (participants, notes, polls, surveys, outbox); every page is axe-clean.
 */
class OrganiseMeetingBrowserTest extends BrowserTest {

	@Test
	void createMeetingAddAgendaAndVisitOrganiserPages() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		signInAsAdmin();
		open("/meetings/new");
		assertAccessible();
		page.locator("#title").fill("Temamöte " + run);
		page.locator("#kind").selectOption("THEME_MEETING");
		page.locator("#date").fill(LocalDate.now().plusDays(14).toString());
		page.locator("#startTime").fill("09:00");
		page.locator("#endTime").fill("12:00");
		page.locator("#coffeeTime").fill("08:30");
		page.locator("#place").fill("Borlänge");
		page.locator("#published1").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
		assertThat(page.locator("h1")).hasText("Temamöte " + run);
		assertThat(page.locator("main")).containsText("från 08:30");

		page.locator("form.form-secondary #startTime").fill("09:15");
		page.locator("form.form-secondary #title").fill("Inledning");
		page.locator("form.form-secondary #speaker").fill("Test Talare");
		page.locator("form.form-secondary #speakerOrganisation").fill("Boverket");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till programpunkt")).click();
		assertThat(page.locator("#agenda + table, .table-wrap table").first()).containsText("Test Talare, Boverket");
		assertAccessible();
		screenshot("meeting-organiser");
		String meetingPath = page.url().replaceAll("^https?://[^/]+", "").replaceAll("#.*$", "");

		for (String sub : new String[] { "/participants", "/notes", "/polls", "/surveys" }) {
			open(meetingPath + sub);
			assertAccessible();
		}
		open(meetingPath + "/surveys");
		page.locator("#title").fill("Utvärdering " + run);
		page.locator("#questions").fill("TEXT: Vad tar du med dig?\nSCALE: Hur nöjd är du?");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa enkät")).click();
		assertThat(page.locator("h1")).hasText("Utvärdering " + run);
		assertAccessible();
		page.locator("main a[href^='/s/']").click();
		assertThat(page.locator("h1")).hasText("Utvärdering " + run);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svar"))).isVisible();
		assertAccessible();
		open("/admin/outbox");
		assertAccessible();
		open("/series/new");
		assertAccessible();
		open("/p");
		assertAccessible();
	}

}
