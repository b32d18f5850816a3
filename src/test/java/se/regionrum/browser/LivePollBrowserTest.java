package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.regionrum.dialogue.TestMeetings;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.poll.Poll;
import se.regionrum.dialogue.poll.PollKind;
import se.regionrum.dialogue.poll.PollService;
import se.regionrum.platform.SystemUser;

/**
 * A presenter opens the check-in question on the big screen; two participants join on their
 * phones with the code and answer; the answers appear on the big screen, and in the list the
 * presenter moderates, without reloading; removing a word there takes it off the screen.
 */
class LivePollBrowserTest extends BrowserTest {

	@Autowired
	MeetingService meetings;

	@Autowired
	PollService polls;

	@Test
	void presenterSeesAnswersFromTwoParticipantsLive() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Meeting meeting = TestMeetings.create(meetings, TestMeetings.form("Regionala rummet " + run, LocalDate.now().plusDays(1), null, null));
		Poll poll = SystemUser.call(() -> polls.create(meeting.id(), PollKind.WORD_CLOUD,
				"Hur pratar kommunala tjänstepersoner om regional strategisk planering?", null));

		signInAsAdmin();
		open("/polls/" + poll.id() + "/present");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna omröstningen")).click();
		assertThat(page.locator(".join-code")).hasText(poll.displayCode());
		assertThat(page.locator(".poll-count")).hasText("Inga svar än");
		assertAccessible();

		BrowserContext phoneA = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(390, 844));
		BrowserContext phoneB = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(390, 844));
		try {
			Page a = phoneA.newPage();
			a.navigate(url("/p"));
			a.getByLabel("Kod (åtta siffror)").fill(poll.displayCode());
			a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delta")).click();
			a.getByLabel("Ditt svar (några ord)").fill("Abstrakt");
			a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svar")).click();
			assertThat(a.locator("#answer-thanks")).hasText("Tack för ditt svar!");

			assertThat(page.locator(".poll-count")).hasText("Ett svar");
			assertThat(page.locator(".word-cloud")).containsText("abstrakt");

			Page b = phoneB.newPage();
			b.navigate(url("/p/" + poll.joinCode()));
			page.waitForTimeout(100);
			new com.deque.html.axecore.playwright.AxeBuilder(b).withTags(WCAG_21_AA).analyze().getViolations()
				.forEach(v -> { throw new AssertionError("axe on participant page: " + v.getId()); });
			b.getByLabel("Ditt svar (några ord)").fill("  ABSTRAKT ");
			b.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svar")).click();
			assertThat(b.locator("#answer-thanks")).hasText("Tack för ditt svar!");
			// the same phone cannot answer twice
			b.navigate(url("/p/" + poll.joinCode()));
			assertThat(b.locator("#answer-thanks")).hasText("Tack för ditt svar!");
			assertThat(b.locator("form.form")).hasCount(0);

			assertThat(page.locator(".poll-count")).hasText("2 svar");
			assertThat(page.locator(".word-cloud li")).hasCount(1);
			assertThat(page.locator(".word-cloud")).containsText("abstrakt (2)");

			// the moderation list followed the answers without a reload, and removing works from it
			page.getByText("Moderera svar").click();
			assertThat(page.locator("#poll-moderation")).containsText("abstrakt (2)");
			assertAccessible();
			screenshot("live-poll-presenter");
			String presenterUrl = page.url();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ta bort svaret abstrakt")).click();
			assertThat(page.locator("#poll-moderation")).containsText("Inga svar att moderera än.");
			assertThat(page.locator(".poll-count")).hasText("Inga svar än");
			org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(presenterUrl);
			b.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "screenshots", "live-poll-phone.png")));
		}
		finally {
			phoneA.close();
			phoneB.close();
		}
	}

}
