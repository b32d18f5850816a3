package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;

/**
 * An organiser builds a survey of three kinds of question with the builder, puts them in order,
 * previews and publishes it; a participant answers it on a phone (390 × 844), is told which
 * required question is missing, and the organiser reads the results. Every page is axe-clean and
 * reflows at 390 px without horizontal scrolling.
 */
class BuildASurveyBrowserTest extends BrowserTest {

	@Autowired
	MeetingService meetings;

	@Test
	void organiserBuildsPublishesAndReadsASurveyAnsweredOnAPhone() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Meeting meeting = DialogueFixtures.create(meetings,
				DialogueFixtures.form("Enkätverkstad " + run, LocalDate.now().minusDays(1), null, null));

		signInAsAdmin();
		open("/meetings/" + meeting.id() + "/surveys");
		assertAccessible();
		page.locator("#title").fill("Dagens utvärdering " + run);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa och bygg frågor")).click();
		assertThat(page.locator("h1")).hasText("Dagens utvärdering " + run);
		assertThat(page.locator(".survey-status")).hasText("Utkast");
		assertAccessible();
		assertReflows(page);

		// a scale with labelled ends, required
		addQuestion("Skala");
		page.locator("#text").fill("Hur nöjd är du med dagen?");
		page.getByLabel("Obligatorisk: deltagaren måste svara på frågan").check();
		page.locator("#minLabel").fill("Inte alls");
		page.locator("#maxLabel").fill("Mycket");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara frågan")).click();
		assertThat(page.locator(".flash-success")).hasText("Frågan är tillagd.");

		addQuestion("Fritext");
		page.locator("#text").fill("Vad tar du med dig?");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara frågan")).click();

		// a ranking with one option is refused, naming the field, and nothing is added
		addQuestion("Rangordning");
		page.locator("#text").fill("Vad ska nästa träff handla om?");
		page.locator("#options").fill("Elförsörjning");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara frågan")).click();
		assertThat(page.locator("#options-error")).hasText("Alternativ: skriv minst två olika alternativ, ett per rad.");
		assertThat(page.locator(".error-summary")).isVisible();
		assertAccessible();
		page.locator("#options").fill("Elförsörjning\nBostäder\nSkolplatser");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara frågan")).click();
		assertThat(questionTexts()).hasCount(3);

		// reorder without JavaScript: plain forms with up and down buttons
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Flytta upp: Vad ska nästa träff handla om?")).click();
		assertThat(questionTexts()).hasText(new String[] { "Hur nöjd är du med dagen?", "Vad ska nästa träff handla om?",
				"Vad tar du med dig?" });
		assertAccessible();
		assertReflows(page);

		// the preview is the participant's page; it checks answers and stores nothing
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Förhandsgranska")).click();
		assertThat(page.locator(".survey-preview-banner")).containsText("Förhandsvisning");
		assertThat(page.locator("legend").first()).containsText("Hur nöjd är du med dagen?");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tillbaka till enkätens frågor")).click();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera enkäten")).click();
		assertThat(page.locator(".survey-status")).hasText("Publicerad");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Flytta upp: Vad tar du med dig?"))).hasCount(0);
		String answerPath = page.locator("main .survey-link a").getAttribute("href");
		assertThat(answerPath).matches("/s/[A-Za-z0-9_-]{22}");

		// a participant on a phone
		BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(390, 844));
		try {
			Page p = phone.newPage();
			p.setDefaultTimeout(15_000);
			p.navigate(url(answerPath));
			assertThat(p.locator("h1")).hasText("Dagens utvärdering " + run);
			assertThat(p.locator(".main-nav")).hasCount(0);
			assertReflows(p);
			accessible(p);
			Locator send = p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svar"));
			send.click();
			assertThat(p.locator(".flash-error")).hasText("Du har inte svarat på någon fråga. Svara på minst en fråga innan du skickar.");
			p.getByLabel("Vad tar du med dig?").fill("Kartorna över pendlingen");
			send.click();
			assertThat(p.locator(".flash-error")).hasText("Svara på frågan ”Hur nöjd är du med dagen?”. Den är obligatorisk.");
			// what was written stays
			assertThat(p.getByLabel("Vad tar du med dig?")).hasValue("Kartorna över pendlingen");
			accessible(p);
			assertReflows(p);
			p.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "screenshots", "survey-phone.png"))
				.setFullPage(true));
			p.locator(".scale-choices .choice", new Page.LocatorOptions().setHasText("4")).click();
			assertThat(p.locator(".scale-choices input[value='4']")).isChecked();
			p.getByLabel("Bostäder").selectOption("1");
			p.getByLabel("Elförsörjning").selectOption("2");
			p.getByLabel("Skolplatser").selectOption("3");
			send.click();
			assertThat(p.locator(".flash-success")).hasText("Tack för dina svar!");
			p.navigate(url(answerPath));
			assertThat(p.locator(".flash-success")).hasText("Du har redan svarat på enkäten. Tack!");
			assertThat(p.locator("main form")).hasCount(0);
			accessible(p);
		}
		finally {
			phone.close();
		}

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resultat")).click();
		assertThat(page.locator("main")).containsText("Ett svar");
		Locator ranking = page.locator("article", new Page.LocatorOptions().setHasText("Vad ska nästa träff handla om?"));
		assertThat(ranking).containsText("plats 1 av 3 ger 3 poäng");
		assertThat(ranking.locator("tbody tr").first()).containsText("Bostäder");
		assertThat(ranking.locator("tbody tr").first()).containsText("3");
		Locator scale = page.locator("article", new Page.LocatorOptions().setHasText("Hur nöjd är du med dagen?"));
		assertThat(scale).containsText("Medelvärde 4 på skalan 1–5");
		assertThat(scale.locator("tbody tr").first()).containsText("1 (Inte alls)");
		assertAccessible();
		assertReflows(page);
		screenshot("survey-results");
	}

	private void addQuestion(String kind) {
		page.locator(".kind-choices a", new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*" + kind))).click();
		assertThat(page.locator("h1")).containsText("Ny fråga");
	}

	private Locator questionTexts() {
		return page.locator(".survey-question-text");
	}

	/** axe-core on another page than the test's own (the participant's phone). */
	private void accessible(Page other) {
		Page own = page;
		page = other;
		try {
			assertAccessible();
		}
		finally {
			page = own;
		}
	}

	/** The page fits 390 CSS px without horizontal scrolling (WCAG 2.1 1.4.10), then returns to its size. */
	private static void assertReflows(Page p) {
		var size = p.viewportSize();
		p.setViewportSize(390, 844);
		try {
			Number scrollWidth = (Number) p.evaluate("() => document.documentElement.scrollWidth");
			assertThat(scrollWidth.intValue()).as("scroll width of %s at 390 px", p.url()).isLessThanOrEqualTo(390);
		}
		finally {
			p.setViewportSize(size.width, size.height);
		}
	}

}
