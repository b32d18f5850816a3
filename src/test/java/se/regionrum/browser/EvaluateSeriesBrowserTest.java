package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesService;

/**
 * An organiser evaluates a whole lecture series: from the series page to a new survey built with
 * the builder, three participants answer with the link, and the results rank the free-text
 * answers; axe-clean.
 */
class EvaluateSeriesBrowserTest extends BrowserTest {

	@Autowired
	SeriesService series;

	@Autowired
	MeetingService meetings;

	@Test
	void organiserEvaluatesAWholeSeries() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Series s = DialogueFixtures.createSeries(series, DialogueFixtures.seriesForm("Föreläsningsserie " + run));
		MeetingForm form = DialogueFixtures.form("Föreläsning 1 " + run, LocalDate.now().plusDays(7), null, null);
		form.setSeriesId(s.id());
		DialogueFixtures.create(meetings, form);

		signInAsAdmin();
		open("/series/" + s.id());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enkäter och utvärderingar för hela serien"))
			.click();
		assertThat(page.locator("h1")).hasText("Enkäter: Föreläsningsserie " + run);
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa och bygg frågor")).click();
		// the browser asks for the required title first; nothing is sent
		assertThat(page.locator("h1")).hasText("Enkäter: Föreläsningsserie " + run);
		page.locator("#title").fill("Slututvärdering " + run);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa och bygg frågor")).click();
		assertThat(page.locator("h1")).hasText("Slututvärdering " + run);
		// the same builder as a meeting's survey
		page.locator(".kind-choices a", new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile("^\\s*Fritext"))).click();
		page.locator("#text").fill("Vilken föreläsning gav mest?");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara frågan")).click();
		page.locator(".kind-choices a", new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile("^\\s*Skala"))).click();
		page.locator("#text").fill("Hur nöjd är du med serien?");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara frågan")).click();
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera enkäten")).click();
		assertThat(page.locator(".survey-status")).hasText("Publicerad");
		// the link organisers send out: the public address (configured) and the survey's key
		com.microsoft.playwright.Locator link = page.locator("main .survey-link a[href^='/s/']");
		assertThat(link).hasText(java.util.regex.Pattern.compile("^https://regionrum\\.test/s/[A-Za-z0-9_-]{22}$"));
		String answerPath = link.getAttribute("href");

		// three participants, each in a browser of their own; each answers once
		for (String answer : new String[] { "Elförsörjningen", "elförsörjningen", "Bostäderna" }) {
			com.microsoft.playwright.BrowserContext participant = browser.newContext(
					new com.microsoft.playwright.Browser.NewContextOptions().setLocale("sv-SE"));
			try {
				Page p = participant.newPage();
				p.navigate(url(answerPath));
				p.getByLabel("Vilken föreläsning gav mest?").fill(answer);
				p.locator(".scale-choices .choice", new Page.LocatorOptions().setHasText("4")).click();
				p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svar")).click();
				assertThat(p.locator(".flash-success")).hasText("Tack för dina svar!");
				p.navigate(url(answerPath));
				assertThat(p.locator(".flash-success")).hasText("Du har redan svarat på enkäten. Tack!");
				assertThat(p.locator("main form")).hasCount(0);
			}
			finally {
				participant.close();
			}
		}
		open(answerPath);
		assertAccessible();

		open("/series/" + s.id() + "/surveys");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Slututvärdering " + run)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resultat").setExact(true)).click();
		assertThat(page.locator("main")).containsText("3 svar");
		assertThat(page.locator("article").first().locator("tbody tr").first()).containsText("Elförsörjningen");
		assertThat(page.locator("article").first().locator("tbody tr").first()).containsText("2");
		assertAccessible();
		screenshot("series-survey-results");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enkäter och utvärderingar").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Enkäter: Föreläsningsserie " + run);
	}

}
