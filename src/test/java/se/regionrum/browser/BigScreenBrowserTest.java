package se.regionrum.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.presentation.Presentation;
import se.regionrum.dialogue.presentation.PresentationService;
import se.regionrum.dialogue.presentation.Question;
import se.regionrum.dialogue.presentation.QuestionKind;
import se.regionrum.platform.SystemUser;

/**
 * The big screen shows the join code and a QR code that decodes to the join address; answers
 * move the bars in place (the same elements, updated); the keyboard moves between questions and
 * hides the results; without JavaScript a reload shows the latest results.
 */
class BigScreenBrowserTest extends BrowserTest {

	@Autowired
	MeetingService meetings;

	@Autowired
	PresentationService presentations;

	@Test
	void theBigScreenShowsCodeAndQrAndTheKeyboardMovesThePresentation() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Storbild " + run, LocalDate.now().plusDays(1), null, null));
		Presentation presentation = SystemUser.call(() -> presentations.create(meeting.id(), "Storbild " + run));
		Question first = SystemUser.call(() -> presentations.addQuestion(presentation.id(), QuestionKind.SINGLE_CHOICE,
				"Vilken roll först? " + run, "Samordning\nKunskap"));
		SystemUser.run(() -> presentations.addQuestion(presentation.id(), QuestionKind.WORD_CLOUD, "Ett ord om dagen? " + run, null));
		SystemUser.run(() -> presentations.addQuestion(presentation.id(), QuestionKind.QA, "Frågor till talarna " + run, null));
		String joinUrl = "https://regionrum.test/p/" + presentation.joinCode();

		signInAsAdmin();
		open("/presentations/" + presentation.id() + "/screen");
		assertThat(page.locator(".join-code")).hasText(presentation.displayCode());
		assertThat(page.locator(".screen-url")).hasText(joinUrl);
		assertThat(page.locator("header.site-header")).hasCount(0);
		assertThat(page.locator(".stage h1")).hasText("Vilken roll först? " + run);
		page.waitForTimeout(300);
		assertAccessible();

		// the QR code, as drawn on the screen, decodes to the join address
		page.locator(".screen-qr").evaluate("img => img.decode()");
		byte[] png = page.locator(".screen-qr").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "screenshots", "big-screen-qr.png")));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		String decoded = new QRCodeReader().decode(
				new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
				Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
			.getText();
		org.assertj.core.api.Assertions.assertThat(decoded).isEqualTo(joinUrl);

		// a phone answers: the bar row is updated in place, not rebuilt
		page.evaluate("() => { document.querySelector('.bar-row[data-key=\"1\"]').dataset.marker = 'kept'; }");
		BrowserContext phoneContext = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(390, 844));
		try {
			Page phone = phoneContext.newPage();
			phone.navigate(url("/p/" + presentation.joinCode()));
			phone.locator("label.choice", new Page.LocatorOptions().setHasText("Kunskap")).click();
			phone.locator("form.live-form button[type=submit]").click();
			assertThat(phone.locator("#answer-thanks")).isVisible();
		}
		finally {
			phoneContext.close();
		}
		assertThat(page.locator(".bar-row[data-key=\"1\"] .row-count")).hasText("1");
		assertThat(page.locator(".result-count")).hasText("Ett svar");
		assertThat(page.locator(".bar-row[data-key=\"1\"]")).hasAttribute("data-marker", "kept");
		screenshot("big-screen");

		// keyboard: next, hide results, back
		page.locator("body").press("ArrowRight");
		assertThat(page.locator(".stage h1")).hasText("Ett ord om dagen? " + run);
		page.keyboard().press("ArrowLeft");
		assertThat(page.locator(".stage h1")).hasText("Vilken roll först? " + run);
		page.keyboard().press("h");
		assertThat(page.locator(".results-hidden")).isVisible();
		org.assertj.core.api.Assertions.assertThat(presentations.live(presentations.byCode(presentation.joinCode()).orElseThrow())
			.question().resultsHidden()).isTrue();
		page.keyboard().press("h");
		assertThat(page.locator(".bar-row")).hasCount(2);
		page.keyboard().press(" ");
		assertThat(page.locator(".stage h1")).hasText("Ett ord om dagen? " + run);
		FollowThePresenterBrowserTest.assertReflows(page);

		// Q&A: a participant's question appears on the big screen without a reload, and the presenter moderates it
		page.keyboard().press("ArrowRight");
		assertThat(page.locator(".stage h1")).hasText("Frågor till talarna " + run);
		BrowserContext asker = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(390, 844));
		try {
			Page phone = asker.newPage();
			phone.navigate(url("/p/" + presentation.joinCode()));
			phone.getByLabel("Din fråga till talarna").fill("Vem äger kartan?");
			phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Skicka frågan")).click();
			assertThat(phone.locator(".qa-list")).containsText("Vem äger kartan?");
			new com.deque.html.axecore.playwright.AxeBuilder(phone).withTags(WCAG_21_AA).analyze().getViolations()
				.forEach(v -> { throw new AssertionError("axe on the Q&A phone page: " + v.getId()); });
		}
		finally {
			asker.close();
		}
		assertThat(page.locator(".qa-results")).containsText("Vem äger kartan?");
		open("/presentations/" + presentation.id());
		assertThat(page.locator("#moderation")).containsText("Vem äger kartan?");
		assertAccessible();
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Markera besvarad: Vem äger kartan?")).click();
		assertThat(page.locator(".qa-results .qa-answered")).hasCount(1);
		for (String path : new String[] { "/presentations/" + presentation.id() + "/summary",
				"/meetings/" + meeting.id() + "/presentations" }) {
			open(path);
			assertAccessible();
			FollowThePresenterBrowserTest.assertReflows(page);
		}
		assertThat(page.locator(".link-list")).containsText("Storbild " + run);

		// without JavaScript the screen shows the latest results on load
		BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE")
			.setJavaScriptEnabled(false).setStorageState(context.storageState()));
		try {
			Page plain = noScript.newPage();
			SystemUser.run(() -> presentations.move(presentation.id(), 0));
			// the screen's own buttons work without JavaScript
			plain.navigate(url("/presentations/" + presentation.id() + "/screen"));
			plain.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nästa fråga")).click();
			assertThat(plain.locator(".stage h1")).hasText("Ett ord om dagen? " + run);
			SystemUser.run(() -> presentations.move(presentation.id(), 0));
			plain.navigate(url("/presentations/" + presentation.id() + "/screen"));
			assertThat(plain.locator(".stage h1")).hasText("Vilken roll först? " + run);
			assertThat(plain.locator(".bar-row[data-key=\"1\"] .row-count")).hasText("1");
			org.assertj.core.api.Assertions.assertThat(first.id()).isPositive();
		}
		finally {
			noScript.close();
		}
	}

}
