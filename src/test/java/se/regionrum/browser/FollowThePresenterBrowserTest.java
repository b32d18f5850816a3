package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.UUID;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.presentation.Presentation;
import se.regionrum.dialogue.presentation.PresentationService;
import se.regionrum.dialogue.presentation.QuestionKind;
import se.regionrum.platform.SystemUser;

/**
 * A participant joins a presentation on a phone-size page with the code as shown ("1724 1676"),
 * and the phone follows the presenter through three questions without reloading, answering each;
 * the pages are axe-clean and reflow at 390 px.
 */
@OnPostgresToo
class FollowThePresenterBrowserTest extends BrowserTest {

	/** The issue asks for the phones to follow within 1 s. */
	private static final LocatorAssertions.HasTextOptions WITHIN_1_S = new LocatorAssertions.HasTextOptions().setTimeout(1_000);

	@Autowired
	MeetingService meetings;

	@Autowired
	PresentationService presentations;

	@Test
	void aPhoneFollowsThePresenterThroughThreeQuestions() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Följ presentatören " + run, LocalDate.now().plusDays(1), null, null));
		Presentation presentation = SystemUser.call(() -> {
			Presentation p = presentations.create(meeting.id(), "Incheckning " + run);
			presentations.addQuestion(p.id(), QuestionKind.WORD_CLOUD, "Hur pratar kommunerna om planering? " + run, null);
			presentations.addQuestion(p.id(), QuestionKind.SINGLE_CHOICE, "Vilken roll först? " + run, "Samordning\nStrategisk riktning\nKunskap");
			presentations.addQuestion(p.id(), QuestionKind.SCALE, "Hur nöjd är du med dagen? " + run, null);
			return p;
		});

		signInAsAdmin();
		open("/presentations/" + presentation.id());
		assertThat(page.locator(".control-join .join-code")).hasText(presentation.displayCode());
		assertAccessible();
		assertReflows(page);

		BrowserContext phoneContext = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(390, 844));
		try {
			Page phone = phoneContext.newPage();
			phone.setDefaultTimeout(15_000);
			phone.navigate(url("/p"));
			assertPhoneAccessible(phone);
			phone.getByLabel("Kod (åtta siffror)").fill(presentation.displayCode());
			phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delta")).click();
			assertThat(phone.locator("#question-area h1")).hasText("Hur pratar kommunerna om planering? " + run);
			// marks this page load: a reload would lose it
			phone.evaluate("() => { window.sameLoad = true; }");
			phone.waitForTimeout(300);
			assertPhoneAccessible(phone);

			phone.getByLabel("Ditt svar (några ord)").fill("Abstrakt.");
			phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svar")).click();
			assertThat(phone.locator("#answer-thanks")).hasText("Tack för ditt svar!");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nästa fråga")).click();
			assertThat(phone.locator("#question-area h1")).hasText("Vilken roll först? " + run, WITHIN_1_S);
			assertPhoneAccessible(phone);
			// the whole option row is the touch target
			phone.locator("label.choice", new Page.LocatorOptions().setHasText("Strategisk riktning")).click();
			phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svar")).click();
			assertThat(phone.locator("#answer-thanks")).hasText("Tack för ditt svar!");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nästa fråga")).click();
			assertThat(phone.locator("#question-area h1")).hasText("Hur nöjd är du med dagen? " + run, WITHIN_1_S);
			phone.locator("label.choice", new Page.LocatorOptions().setHasText("4")).click();
			phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svar")).click();
			assertThat(phone.locator("#answer-thanks")).hasText("Tack för ditt svar!");
			org.assertj.core.api.Assertions.assertThat(phone.evaluate("() => window.sameLoad === true")).isEqualTo(true);
			phone.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "follow-presenter-phone.png")).setFullPage(true));

			// back to a question this phone answered: it says so instead of offering the form again
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Föregående fråga")).click();
			assertThat(phone.locator("#question-area h1")).hasText("Vilken roll först? " + run, WITHIN_1_S);
			assertThat(phone.locator("#answer-thanks")).isVisible();
			assertThat(phone.locator("form.live-form")).hasCount(0);

			// every answer was stored once
			SystemUser.run(() -> presentations.questions(presentation.id()).forEach(q ->
					org.assertj.core.api.Assertions.assertThat(presentations.results(presentation.id(), q.id()).answers())
						.as(q.text()).isEqualTo(1)));
			// the control page shows the latest results after the moves
			assertThat(page.locator(".results .row-count").first()).isVisible();
			screenshot("follow-presenter-control");
		}
		finally {
			phoneContext.close();
		}
	}

	private static void assertPhoneAccessible(Page phone) {
		var violations = new AxeBuilder(phone).withTags(WCAG_21_AA).analyze().getViolations();
		org.assertj.core.api.Assertions.assertThat(violations).as("axe on %s: %s", phone.url(),
				violations.stream().map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList())
			.isEmpty();
		assertReflows(phone);
	}

	/** WCAG 1.4.10: no horizontal scrolling at 390 px (and at 320 px). */
	static void assertReflows(Page p) {
		var size = p.viewportSize();
		for (int width : new int[] { 390, 320 }) {
			p.setViewportSize(width, 844);
			Object fits = p.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
			org.assertj.core.api.Assertions.assertThat(fits).as("no horizontal scroll at %d px on %s", width, p.url()).isEqualTo(true);
		}
		p.setViewportSize(size.width, size.height);
	}

}
