package se.regionrum.followup.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.platform.SessionCookie;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * Two people publish the same handbook at the same moment: both read "the latest edition is N",
 * both try to save edition N + 1, and the unique (handbook, edition number) lets one through. The
 * other gets a clear Swedish message (page: a failure message; API: 409 problem+json), not a 500,
 * and nothing of theirs is saved.
 * <p>
 * The race is made deterministic: the winner's publish runs in a transaction the test holds open
 * until the loser has read the latest edition and is saving its own; then the winner commits.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HandbookPublishRaceTest extends FollowupTestBase {

	@Autowired
	private PlatformTransactionManager transactions;

	private final AtomicReference<Thread> loserThread = new AtomicReference<>();

	private final ExecutorService loser = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "loser");
		loserThread.set(thread);
		return thread;
	});

	@AfterEach
	void stop() {
		loser.shutdownNow();
	}

	private long publishableHandbook() {
		Handbook handbook = SystemUser.call(() -> handbooks.create(new HandbookForm("Samtidig " + token(), mora.id(), "Förord")));
		SystemUser.run(() -> handbooks.addChapter(handbook.id(),
				new ChapterForm(ChapterKind.TEXT, null, null, null, "Lärdomar", "Text")));
		return handbook.id();
	}

	private int editions(long id) {
		return jdbc.sql("select count(*) from handbook_edition where handbook_id = ?").param(id).query(Integer.class).single();
	}

	/** Publishes as the winner, holding the commit until the loser's request is saving its edition. */
	private MvcResult race(long id, RequestBuilder loserRequest) throws Exception {
		AtomicReference<Future<MvcResult>> result = new AtomicReference<>();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			SystemUser.run(() -> handbooks.publish(id));
			result.set(loser.submit(() -> mvc.perform(loserRequest).andReturn()));
			awaitSaving();
		});
		return result.get().get(30, TimeUnit.SECONDS);
	}

	private void awaitSaving() {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			Thread thread = loserThread.get();
			if (thread != null && Arrays.stream(thread.getStackTrace())
				.anyMatch(f -> f.getClassName().endsWith("SimpleJdbcRepository") && f.getMethodName().equals("save"))) {
				try {
					// let the insert reach the database, where it waits for the winner's transaction
					Thread.sleep(300);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return;
			}
			Thread.onSpinWait();
		}
		throw new AssertionError("the second publish never reached the save");
	}

	@Test
	void theLoserOnThePageGetsASwedishMessage() throws Exception {
		long id = publishableHandbook();
		Authentication editor = TestAuthentication.editorOf(mora.id());
		MvcResult lost = race(id, post("/handbooks/{id}/publish", id).with(authentication(editor)).with(csrf()));
		assertThat(lost.getResponse().getStatus()).isEqualTo(302);
		assertThat(lost.getResponse().getRedirectedUrl()).isEqualTo("/handbooks/" + id + "#publish");
		assertThat(lost.getFlashMap().get("failure")).isEqualTo("handbook.publish.concurrent");
		assertThat(editions(id)).isEqualTo(1);

		String page = mvc.perform(get("/handbooks/{id}", id).with(authentication(editor))
				.cookie(SessionCookie.of(lost)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Någon annan publicerade handboken i samma stund.");
	}

	@Test
	void theLoserInTheApiGets409() throws Exception {
		long id = publishableHandbook();
		MvcResult lost = race(id, post("/api/v1/handbooks/{id}/editions", id)
			.with(authentication(TestAuthentication.editorOf(mora.id()))));
		assertThat(lost.getResponse().getStatus()).isEqualTo(409);
		assertThat(lost.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(lost.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Någon annan publicerade handboken i samma stund.");
		assertThat(editions(id)).isEqualTo(1);

		// the next publish, after a reload, is edition 2
		SystemUser.run(() -> handbooks.publish(id));
		assertThat(editions(id)).isEqualTo(2);
	}

}
