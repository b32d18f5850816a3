package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/**
 * An organiser creates a meeting with the form, builds a timed agenda (a wrong time is named and
 * refused, items move up and down without JavaScript, times are edited), sees the organiser panel,
 * and visits the organiser pages (participants, notes, presentations, surveys, outbox); every page is
 * axe-clean and the meeting page fits a 390 px screen.
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

		// the agenda, with times; an item is placed by its start time
		addAgendaItem("10:00", "11:00", "Fördjupning", null);
		addAgendaItem("09:15", "09:45", "Inledning", "Test Talare");
		assertThat(page.locator(".agenda-list")).containsText("Test Talare, Boverket");
		assertThat(page.locator(".agenda-entry .agenda-title")).containsText(new String[] { "Inledning", "Fördjupning" });
		assertThat(page.locator(".agenda-entry .agenda-time").first()).hasText("09:15–09:45");

		// an end before the start is refused with a message naming the field, and nothing is saved
		addAgendaItem("11:30", "11:00", "Bakvänd", null);
		assertThat(page.locator(".error-summary")).containsText("Sluttid: måste vara efter starttiden.");
		assertThat(page.locator("#endTime-error")).isVisible();
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tillbaka till mötet")).click();
		assertThat(page.locator(".agenda-entry")).hasCount(2);

		// reorder with the buttons (plain form posts), then edit the times
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Flytta upp Fördjupning")).click();
		assertThat(page.locator(".agenda-entry .agenda-title")).containsText(new String[] { "Fördjupning", "Inledning" });
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Flytta upp Fördjupning"))).isDisabled();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra Inledning")).click();
		assertThat(page.locator("h1")).hasText("Ändra programpunkt");
		assertAccessible();
		page.locator("#startTime").fill("11:15");
		page.locator("#endTime").fill("11:45");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara programpunkten")).click();
		assertThat(page.locator(".agenda-entry .agenda-time")).containsText(new String[] { "10:00–11:00", "11:15–11:45" });

		// the organiser panel instead of inline links
		assertThat(page.locator(".organiser-panel")).containsText("0 bekräftade, 0 på väntelistan");
		assertThat(page.locator(".organiser-panel a[href$='/presentations']")).isVisible();
		assertAccessible();
		screenshot("meeting-organiser");
		page.setViewportSize(390, 844);
		assertFitsTheScreen();
		screenshot("meeting-organiser-phone");
		page.setViewportSize(1280, 900);
		String meetingPath = page.url().replaceAll("^https?://[^/]+", "").replaceAll("#.*$", "");

		for (String sub : new String[] { "/participants", "/notes", "/presentations", "/surveys" }) {
			open(meetingPath + sub);
			assertAccessible();
		}
		open(meetingPath + "/surveys");
		page.locator("#title").fill("Utvärdering " + run);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa och bygg frågor")).click();
		assertThat(page.locator("h1")).hasText("Utvärdering " + run);
		page.locator(".kind-choices a", new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile("^\\s*Fritext"))).click();
		page.locator("#text").fill("Vad tar du med dig?");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara frågan")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera enkäten")).click();
		assertAccessible();
		page.locator("main .survey-link a[href^='/s/']").click();
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


	private void addAgendaItem(String start, String end, String title, String speaker) {
		page.locator("form.agenda-form #startTime").fill(start);
		page.locator("form.agenda-form #endTime").fill(end);
		page.locator("form.agenda-form #title").fill(title);
		if (speaker != null) {
			page.locator("form.agenda-form #speaker").fill(speaker);
			page.locator("form.agenda-form #speakerOrganisation").fill("Boverket");
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till programpunkt")).click();
	}

	/** WCAG 1.4.10: nothing wider than the viewport, so no horizontal scrolling. */
	private void assertFitsTheScreen() {
		java.util.List<?> w = (java.util.List<?>) page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
		org.assertj.core.api.Assertions.assertThat(((Number) w.get(0)).intValue()).as("scroll width on %s", page.url())
			.isLessThanOrEqualTo(((Number) w.get(1)).intValue());
	}

}
