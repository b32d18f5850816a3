package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesForm;
import se.regionrum.dialogue.series.SeriesKind;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.SystemUser;

/**
 * A municipal officer finds a learning project, registers herself and a colleague for the whole
 * series, follows the personal link from the confirmation e-mail and cancels.
 */
@OnPostgresToo
class RegisterForSeriesBrowserTest extends BrowserTest {

	@Autowired
	SeriesService series;

	@Autowired
	MeetingService meetings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registerForSeriesAndCancel() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		SeriesForm sf = new SeriesForm();
		sf.setKind(SeriesKind.LEARNING_PROJECT);
		sf.setTitle("Lärprojekt " + run);
		sf.setPurpose("Erfarenhetsutbyte om etableringar.");
		sf.setPublished(true);
		sf.setCapacity(30);
		sf.setPerOrganisationLimit(3);
		sf.setSeriesRegistrationOnly(true);
		sf.setRegistrationDeadline(LocalDate.now().plusDays(10));
		Series s = SystemUser.call(() -> series.create(sf));
		for (int i = 1; i <= 2; i++) {
			MeetingForm form = DialogueFixtures.form("Träff " + i + " " + run, LocalDate.now().plusDays(20 * i), null, null);
			form.setSeriesId(s.id());
			DialogueFixtures.create(meetings, form);
		}

		open("/meetings");
		assertAccessible();
		page.getByText("Träff 1 " + run).click();
		assertThat(page.locator("h1")).hasText("Träff 1 " + run);
		assertThat(page.locator("main")).containsText("Anmälan görs till hela serien.");
		assertAccessible();
		open("/series/" + s.id());
		assertThat(page.locator("h1")).hasText("Lärprojekt " + run);
		assertThat(page.locator("#places-left")).hasText("30");
		assertAccessible();
		page.getByLabel("Namn (obligatoriskt)").fill("Test Testsson");
		page.getByLabel("E-postadress (obligatoriskt)").fill("test-" + run + "@example.org");
		page.getByLabel("Organisation (obligatoriskt)").fill("Säters kommun");
		page.getByLabel("Kollega 1: namn").fill("Kollega Kollegasson");
		page.getByLabel("Jag samtycker").check();
		screenshot("series-registration-form");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka anmälan")).click();

		assertThat(page.locator("h1")).hasText("Din anmälan");
		assertThat(page.locator(".outcomes li")).hasCount(2);
		assertThat(page.locator(".outcomes")).containsText("Test Testsson");
		assertThat(page.locator(".outcomes")).containsText("anmäld, platsen är bekräftad.");
		assertAccessible();
		screenshot("series-registration-result");

		open("/series/" + s.id());
		assertThat(page.locator("#places-left")).hasText("28");

		String body = jdbc.sql("select body from mail_outbox where recipient = ? order by id")
			.param("test-" + run + "@example.org")
			.query(String.class)
			.list()
			.get(0);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("(/registrations/[0-9a-f]{32})").matcher(body);
		assertThat(link.find()).isTrue();
		open(link.group(1));
		assertAccessible();
		assertThat(page.locator("h1")).hasText("Vill du avanmäla dig?");
		assertThat(page.locator(".signup-registrations li")).hasCount(2);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, avanmäl mig")).click();
		assertThat(page.locator(".flash-success")).hasText("Du är avanmäld.");
		assertThat(page.locator(".signup-registrations")).containsText("Avanmäld");
		screenshot("series-registration-cancelled");

		open("/series/" + s.id());
		assertThat(page.locator("#places-left")).hasText("29");
	}


	/**
	 * On a 390 × 844 phone: the registration page from the meeting, the confirmation with when, where
	 * and the calendar file, then the personal link, which asks before it cancels.
	 */
	@Test
	void registerOnAPhoneAndCancelWithTheConfirmStep() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		MeetingForm form = DialogueFixtures.form("Mobilträff " + run, LocalDate.of(2027, 10, 5), 40, null);
		form.setOnlineUrl("https://example.org/mobiltraff-" + run);
		long meetingId = DialogueFixtures.create(meetings, form).id();
		page.setViewportSize(390, 844);

		open("/meetings/" + meetingId);
		assertFitsTheScreen();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anmäl dig på en sida anpassad för mobilen")).click();
		assertThat(page.locator("h1")).hasText("Anmälan: Mobilträff " + run);
		assertThat(page.locator(".signup-places")).hasText("40 platser kvar av 40");
		assertThat(page.locator(".site-header")).hasCount(0);
		assertAccessible();
		assertFitsTheScreen();
		assertTouchTarget(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka anmälan")));
		screenshot("phone-registration-form");
		assertFitsTheScreenAt320();

		// a missing field is named, on the same phone page
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka anmälan")).click();
		assertThat(page.locator(".error-summary")).isVisible();
		assertFitsTheScreen();
		page.getByLabel("Namn (obligatoriskt)").fill("Mobil Mobilsson");
		page.getByLabel("E-postadress (obligatoriskt)").fill("mobil-" + run + "@example.org");
		page.getByLabel("Organisation (obligatoriskt)").fill("Ludvika kommun");
		page.getByLabel("Jag samtycker").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka anmälan")).click();

		assertThat(page.locator("h1")).hasText("Din anmälan");
		assertThat(page.locator(".outcomes")).containsText("anmäld, platsen är bekräftad.");
		assertThat(page.locator(".signup-facts")).containsText("tisdag 5 oktober 2027");
		assertThat(page.locator(".signup-facts")).containsText("10:00–15:00");
		assertThat(page.locator(".signup-facts")).containsText("Falun");
		assertThat(page.locator(".signup-facts")).containsText("https://example.org/mobiltraff-" + run);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lägg till i kalendern (.ics)")))
			.hasAttribute("href", "/meetings/" + meetingId + ".ics");
		assertAccessible();
		assertFitsTheScreen();
		screenshot("phone-registration-result");

		String body = jdbc.sql("select body from mail_outbox where recipient = ? order by id")
			.param("mobil-" + run + "@example.org").query(String.class).list().get(0);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("(/registrations/[0-9a-f]{32})").matcher(body);
		assertThat(link.find()).isTrue();
		open(link.group(1));
		assertThat(page.locator("h1")).hasText("Vill du avanmäla dig?");
		assertAccessible();
		assertFitsTheScreen();
		screenshot("phone-cancel-question");
		assertFitsTheScreenAt320();
		assertTouchTarget(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, avanmäl mig")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, avanmäl mig")).click();
		assertThat(page.locator(".flash-success")).hasText("Du är avanmäld.");
		assertThat(page.locator(".signup-registrations")).containsText("Avanmäld");
		assertAccessible();
		assertFitsTheScreen();

		open("/meetings/" + meetingId + "/register");
		assertThat(page.locator(".signup-places")).hasText("40 platser kvar av 40");
	}

	/** WCAG 1.4.10: nothing wider than the viewport, so no horizontal scrolling. */
	private void assertFitsTheScreen() {
		Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
		java.util.List<?> w = (java.util.List<?>) widths;
		assertThat(((Number) w.get(0)).intValue()).as("scroll width on %s", page.url())
			.isLessThanOrEqualTo(((Number) w.get(1)).intValue());
	}

	/** The smallest width WCAG 1.4.10 asks for, then back to the phone. */
	private void assertFitsTheScreenAt320() {
		page.setViewportSize(320, 700);
		assertFitsTheScreen();
		page.setViewportSize(390, 844);
	}

	private static void assertTouchTarget(com.microsoft.playwright.Locator target) {
		var box = target.boundingBox();
		assertThat(box.height).isGreaterThanOrEqualTo(44);
		assertThat(box.width).isGreaterThanOrEqualTo(44);
	}

}
