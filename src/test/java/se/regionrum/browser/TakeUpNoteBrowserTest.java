package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingKind;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.note.NoteService;
import se.regionrum.platform.SystemUser;

/**
 * An organiser takes a note from a municipal dialogue up as an initiative, first forgetting the
 * municipality: the page says so at the field and in the error summary, keeps what was typed, and
 * stays axe-clean; with the municipality chosen the initiative is created.
 */
class TakeUpNoteBrowserTest extends BrowserTest {

	@Autowired
	MeetingService meetings;

	@Autowired
	NoteService notes;

	@Test
	void takeUpANoteAfterForgettingTheMunicipality() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		MeetingForm form = DialogueFixtures.form("Kommundialog " + run, LocalDate.now().minusDays(2), null, null);
		form.setKind(MeetingKind.MUNICIPAL_DIALOGUE);
		Meeting meeting = DialogueFixtures.create(meetings, form);
		SystemUser.run(() -> notes.add(meeting.id(), "Första anteckningen " + run));
		SystemUser.run(() -> notes.add(meeting.id(), "Pendelparkering saknas vid stationen " + run));

		signInAsAdmin();
		open("/meetings/" + meeting.id() + "/notes");
		Locator second = page.locator("article.card").nth(1);
		second.getByText("Gör till utvecklingsinitiativ").click();
		second.getByLabel("Initiativets namn").fill("Pendelparkering " + run);
		second.locator("select[name=ownerOrganisationId]").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		second.getByRole(AriaRole.BUTTON).click();

		Locator summary = page.locator(".error-summary");
		assertThat(summary).containsText("Välj kommunen som initiativet gäller.");
		assertThat(page.locator("#municipalityId-error")).hasText("Välj kommunen som initiativet gäller.");
		assertThat(page.locator("#title")).hasValue("Pendelparkering " + run);
		summary.getByRole(AriaRole.LINK).click();
		assertThat(page.locator("#municipalityId")).isFocused();
		assertAccessible();
		screenshot("note-take-up-error");

		page.locator("#municipalityId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.locator("details[open] form button[type=submit]").click();
		assertThat(page.locator(".flash-success")).isVisible();
		assertThat(page.locator("article.card").nth(1)).containsText("Pendelparkering " + run);
		assertThat(page.locator(".error-summary")).hasCount(0);
	}

}
