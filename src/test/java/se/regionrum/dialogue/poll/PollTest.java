package se.regionrum.dialogue.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.regionrum.dialogue.TestMeetings;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * Participants answer once per device; the word cloud groups equal words; presenters moderate,
 * with the list of answers to moderate kept live on the presenter's stream.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PollTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	PollService polls;

	@Autowired
	PollBroadcaster broadcaster;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	private Poll openPoll(PollKind kind, String options, Long organiser) {
		MeetingForm form = TestMeetings.form("Verkstad " + run, LocalDate.now().plusDays(1), null, null);
		form.setOrganiserId(organiser);
		Meeting meeting = TestMeetings.create(meetings, form);
		return SystemUser.call(() -> {
			Poll poll = polls.create(meeting.id(), kind, "Hur pratar de om planering? " + run, options);
			polls.setStatus(poll.id(), "OPEN");
			return polls.get(poll.id());
		});
	}

	private String answer(Poll poll, String device, String... values) throws Exception {
		var request = post("/p/{code}", poll.joinCode()).with(csrf()).cookie(new Cookie("rr_device", device));
		for (String v : values) {
			request.param("value", v);
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private static String device(int n) {
		return String.format("%032x", n + 1000L);
	}

	@Test
	void oneAnswerPerDeviceAndWordCloudGroupsEqualWords() throws Exception {
		Poll poll = openPoll(PollKind.WORD_CLOUD, null, null);
		// the join page sets a device cookie and carries a CSRF token
		mvc.perform(get("/p/{code}", poll.joinCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"_csrf\"")))
			.andExpect(result -> assertThat(result.getResponse().getCookie("rr_device")).isNotNull());
		mvc.perform(get("/p").param("code", poll.displayCode())).andExpect(status().is3xxRedirection());
		// without a CSRF token nothing is stored
		mvc.perform(post("/p/{code}", poll.joinCode()).param("value", "x")).andExpect(status().isForbidden());

		assertThat(answer(poll, device(1), "Otydligt")).contains("Tack för ditt svar!");
		assertThat(answer(poll, device(1), "Något annat")).contains("Du har redan svarat");
		answer(poll, device(2), "  otydligt ");
		answer(poll, device(3), "OTYDLIGT");
		answer(poll, device(4), "Abstrakt   språk");
		answer(poll, device(5), "<img src=x onerror=alert(1)>");

		PollResults results = polls.results(poll.id());
		assertThat(results.answers()).isEqualTo(5);
		assertThat(results.rows().get(0).label()).isEqualTo("otydligt");
		assertThat(results.rows().get(0).count()).isEqualTo(3);
		assertThat(results.rows()).extracting(PollResults.Row::label).contains("abstrakt språk");
		String html = broadcaster.render(results, java.util.Locale.forLanguageTag("sv"));
		assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");

		// moderation removes a word; hiding hides the results
		SystemUser.run(() -> polls.moderate(poll.id(), "<img src=x onerror=alert(1)>".toLowerCase()));
		assertThat(polls.results(poll.id()).answers()).isEqualTo(4);
		SystemUser.run(() -> polls.setHidden(poll.id(), true));
		assertThat(broadcaster.render(polls.results(poll.id()), java.util.Locale.forLanguageTag("sv")))
			.contains("Resultaten visas när presentatören visar dem.")
			.doesNotContain("otydligt");

		// closed: no more answers
		SystemUser.run(() -> polls.setStatus(poll.id(), "CLOSED"));
		assertThat(answer(poll, device(9), "Sent")).contains("Omröstningen är stängd.");
		assertThat(polls.results(poll.id()).answers()).isEqualTo(4);
	}

	@Test
	void choiceScaleAndRankingAreCountedAndValidated() throws Exception {
		Poll ranking = openPoll(PollKind.RANKING, "Elförsörjning\nBostäder\nKompetens", null);
		answer(ranking, device(11), "1", "0", "2");
		answer(ranking, device(12), "1", "2", "0");
		answer(ranking, device(13), "0", "1", "2");
		PollResults results = polls.results(ranking.id());
		assertThat(results.rows().get(0).label()).isEqualTo("Bostäder");
		assertThat(results.rows().get(0).count()).isEqualTo(8);
		// an option that does not exist is refused
		mvc.perform(post("/p/{code}", ranking.joinCode()).with(csrf()).cookie(new Cookie("rr_device", device(14)))
			.param("value", "7"))
			.andExpect(status().isBadRequest());

		Poll scale = openPoll(PollKind.SCALE, null, null);
		answer(scale, device(21), "4");
		answer(scale, device(22), "5");
		answer(scale, device(23), "9");
		PollResults scaled = polls.results(scale.id());
		assertThat(scaled.answers()).isEqualTo(2);
		assertThat(scaled.mean()).isEqualTo(4.5);
	}

	@Test
	void thePresentersModerationListFollowsTheAnswersLive() throws Exception {
		Poll poll = openPoll(PollKind.WORD_CLOUD, null, 987_655L);
		var presenter = authentication(TestAuthentication.editorOf(987_655L));
		// the first page load has the list with a CSRF field for browsers without JavaScript
		String page = mvc.perform(get("/polls/{id}/present", poll.id()).with(presenter))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("sse-swap=\"moderation\"").contains("Inga svar att moderera än.");

		MvcResult stream = mvc.perform(get("/polls/{id}/stream", poll.id()).with(presenter))
			.andExpect(request().asyncStarted())
			.andReturn();
		assertThat(lastEvent(stream, "moderation")).contains("Inga svar att moderera än.");

		answer(poll, device(31), "Otydligt");
		answer(poll, device(32), "Abstrakt");
		// the second answer's flush has both (the results are queried whole)
		String live = awaitEvent(stream, "moderation", "abstrakt (1)");
		assertThat(live).contains("otydligt (1)").contains("hx-post=\"moderate\"").contains("action=\"moderate\"")
			.contains("Ta bort svaret otydligt");

		String reloaded = mvc.perform(get("/polls/{id}/present", poll.id()).with(presenter))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(reloaded.substring(reloaded.indexOf("id=\"poll-moderation\""))).contains("action=\"moderate\"")
			.contains("name=\"_csrf\"");

		// removing from the live list (htmx) answers 204; the stream brings both views without the word
		mvc.perform(post("/polls/{id}/moderate", poll.id()).with(presenter).with(csrf())
			.header("HX-Request", "true")
			.param("word", "otydligt"))
			.andExpect(status().isNoContent());
		String after = awaitEvent(stream, "moderation", "abstrakt (1)", "otydligt");
		assertThat(after).doesNotContain("otydligt");
		assertThat(lastEvent(stream, "results")).contains("abstrakt").doesNotContain("otydligt");

		// a poll other than a word cloud sends no moderation list
		Poll scale = openPoll(PollKind.SCALE, null, 987_655L);
		MvcResult scaleStream = mvc.perform(get("/polls/{id}/stream", scale.id()).with(presenter))
			.andExpect(request().asyncStarted())
			.andReturn();
		assertThat(streamed(scaleStream)).contains("event:results").doesNotContain("event:moderation");
	}

	private static String streamed(MvcResult stream) throws Exception {
		return stream.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The data of the last event of that name on the stream so far. */
	private static String lastEvent(MvcResult stream, String name) throws Exception {
		String all = streamed(stream);
		int at = all.lastIndexOf("event:" + name);
		assertThat(at).as("an event " + name + " on the stream").isNotNegative();
		int end = all.indexOf("\n\n", at);
		return all.substring(at, end < 0 ? all.length() : end);
	}

	/** Waits (up to 5 s) until the last event of that name contains a text and not another. */
	private static String awaitEvent(MvcResult stream, String name, String contained, String... absent)
			throws Exception {
		long until = System.nanoTime() + 5_000_000_000L;
		String last = "";
		while (System.nanoTime() < until) {
			String current = lastEvent(stream, name);
			last = current;
			if (current.contains(contained) && java.util.Arrays.stream(absent).noneMatch(current::contains)) {
				return current;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no event " + name + " with '" + contained + "' without " + List.of(absent)
				+ " within 5 s; the last one: " + last);
	}

	@Test
	void onlyEditorsOfTheMeetingPresentAndModerate() throws Exception {
		Poll poll = openPoll(PollKind.WORD_CLOUD, null, 987_654L);
		mvc.perform(get("/polls/{id}/present", poll.id()).with(authentication(TestAuthentication.editorOf(123_456L))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/polls/{id}/moderate", poll.id()).with(authentication(TestAuthentication.editorOf(123_456L)))
			.with(csrf())
			.param("word", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/polls/{id}/stream", poll.id())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/polls/{id}/present", poll.id()).with(authentication(TestAuthentication.editorOf(987_654L))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(poll.displayCode())));
		List<Poll> list = SystemUser.call(() -> polls.ofMeeting(poll.meetingId()));
		assertThat(list).hasSize(1);
		// a poll without a question is refused with a message the layout shows
		mvc.perform(post("/meetings/{id}/polls", poll.meetingId()).with(authentication(TestAuthentication.editorOf(987_654L)))
			.with(csrf())
			.param("kind", "WORD_CLOUD")
			.param("question", " "))
			.andExpect(flash().attribute("failure", "dialogue.poll.questionRequired"));
	}

	/**
	 * One answer per participant: a browser session together with its device cookie. Deleting only
	 * the cookie (same session) does not give a second vote; a new session with the old cookie does
	 * not either. The cookie is Secure when the request came over HTTPS.
	 */
	@Test
	void deletingTheDeviceCookieInTheSameSessionGivesNoSecondVote() throws Exception {
		Poll poll = openPoll(PollKind.SCALE, null, null);
		org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
		Cookie device = mvc.perform(get("/p/{code}", poll.joinCode()).session(session))
			.andExpect(status().isOk())
			.andReturn().getResponse().getCookie("rr_device");
		assertThat(device).isNotNull();
		assertThat(device.getSecure()).isFalse();
		assertThat(device.isHttpOnly()).isTrue();
		assertThat(device.getPath()).isEqualTo("/");

		mvc.perform(post("/p/{code}", poll.joinCode()).with(csrf()).session(session).cookie(device).param("value", "4"))
			.andExpect(content().string(Matchers.containsString("Tack för ditt svar!")));
		// the cookie deleted, the session kept: the same participant, and the cookie comes back
		mvc.perform(post("/p/{code}", poll.joinCode()).with(csrf()).session(session).param("value", "1"))
			.andExpect(content().string(Matchers.containsString("Du har redan svarat")))
			.andExpect(result -> assertThat(result.getResponse().getCookie("rr_device").getValue())
				.isEqualTo(device.getValue()));
		mvc.perform(get("/p/{code}", poll.joinCode()).session(session))
			.andExpect(content().string(Matchers.not(Matchers.containsString("name=\"value\""))));
		// a new session with the old cookie: the same participant too
		mvc.perform(post("/p/{code}", poll.joinCode()).with(csrf()).cookie(device).param("value", "2"))
			.andExpect(content().string(Matchers.containsString("Du har redan svarat")));
		assertThat(polls.results(poll.id()).answers()).isEqualTo(1);

		// over HTTPS (directly, or as the proxy's X-Forwarded-Proto says when forwarded headers are on)
		mvc.perform(get("/p/{code}", poll.joinCode()).secure(true))
			.andExpect(result -> assertThat(result.getResponse().getCookie("rr_device").getSecure()).isTrue());
	}

	@Test
	void aSingleChoiceTakesOneValueAndAWordCloudAnswerKeepsItsCommas() throws Exception {
		Poll single = openPoll(PollKind.SINGLE_CHOICE, "Elförsörjning\nBostäder\nKompetens", null);
		mvc.perform(post("/p/{code}", single.joinCode()).with(csrf()).cookie(new Cookie("rr_device", device(41)))
			.param("value", "0,1,2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("Frågan tar ett enda svar.")));
		mvc.perform(post("/p/{code}", single.joinCode()).with(csrf()).cookie(new Cookie("rr_device", device(42)))
			.param("value", "0", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("Frågan tar ett enda svar.")));
		Poll scale = openPoll(PollKind.SCALE, null, null);
		mvc.perform(post("/p/{code}", scale.joinCode()).with(csrf()).cookie(new Cookie("rr_device", device(43)))
			.param("value", "1,5"))
			.andExpect(status().isBadRequest());
		assertThat(polls.results(single.id()).answers()).isZero();
		assertThat(polls.results(scale.id()).answers()).isZero();
		assertThat(answer(single, device(44), "1")).contains("Tack för ditt svar!");
		assertThat(polls.results(single.id()).rows().get(1).count()).isEqualTo(1);

		Poll cloud = openPoll(PollKind.WORD_CLOUD, null, null);
		assertThat(answer(cloud, device(45), "Bostäder, skola")).contains("Tack för ditt svar!");
		assertThat(polls.results(cloud.id()).rows()).extracting(PollResults.Row::label).containsExactly("bostäder, skola");
		// the multiple choice still takes several options, as separate values or comma-separated
		Poll many = openPoll(PollKind.MULTIPLE_CHOICE, "A\nB\nC", null);
		answer(many, device(46), "0", "2");
		answer(many, device(47), "1,2");
		assertThat(polls.results(many.id()).rows()).extracting(PollResults.Row::count).containsExactly(1, 1, 2);
	}

}
