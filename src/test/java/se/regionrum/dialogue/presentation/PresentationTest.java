package se.regionrum.dialogue.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * Presentations: one answer per participant and question, answers only to the question shown
 * now and not locked, late joiners land on it, word-cloud normalisation, results and CSV, Q&A,
 * permissions, and the phones' event stream.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PresentationTest {

	private static final long ORGANISER = 986_100L;

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	PresentationService presentations;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	private Presentation presentation(QuestionKind kind, String options) {
		MeetingForm form = DialogueFixtures.form("Presentationsverkstad " + run, LocalDate.now().plusDays(1), null, null);
		form.setOrganiserId(ORGANISER);
		Meeting meeting = DialogueFixtures.create(meetings, form);
		return SystemUser.call(() -> {
			Presentation p = presentations.create(meeting.id(), "Incheckning " + run);
			presentations.addQuestion(p.id(), kind, "Första frågan " + run, options);
			return presentations.get(p.id());
		});
	}

	private Question add(Presentation p, QuestionKind kind, String text, String options) {
		return SystemUser.call(() -> presentations.addQuestion(p.id(), kind, text, options));
	}

	private Question current(Presentation p) {
		return presentations.live(presentations.byCode(p.joinCode()).orElseThrow()).question();
	}

	private MvcResult answer(Presentation p, long questionId, String device, String... values) throws Exception {
		var request = post("/p/{code}/answer", p.joinCode()).with(csrf()).cookie(new Cookie("rr_device", device))
			.param("questionId", String.valueOf(questionId));
		for (String v : values) {
			request.param("value", v);
		}
		return mvc.perform(request).andReturn();
	}

	private static String device(int n) {
		return String.format("%032x", n + 7_000L);
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void oneAnswerPerParticipantAndTheWordCloudNormalisesCaseAndPunctuation() throws Exception {
		Presentation p = presentation(QuestionKind.WORD_CLOUD, null);
		long q = current(p).id();
		// the participant page sets the device cookie and carries the CSRF meta tags
		mvc.perform(get("/p/{code}", p.joinCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"_csrf\"")))
			.andExpect(content().string(Matchers.containsString("name=\"_csrf_header\"")))
			.andExpect(content().string(Matchers.containsString("Första frågan " + run)))
			.andExpect(result -> assertThat(result.getResponse().getCookie("rr_device")).isNotNull());
		// the code is accepted with the space it is shown with
		mvc.perform(get("/p").param("code", p.displayCode()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/p/" + p.joinCode())));
		mvc.perform(get("/p").param("code", "0000 0001"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("det finns ingen presentation med den koden")));
		// without a CSRF token nothing is stored
		mvc.perform(post("/p/{code}/answer", p.joinCode()).param("questionId", String.valueOf(q)).param("value", "x"))
			.andExpect(status().isForbidden());

		MvcResult first = answer(p, q, device(1), "Glesbygd.");
		assertThat(first.getResponse().getStatus()).isEqualTo(302);
		assertThat(body(answer(p, q, device(1), "Något annat"))).contains("Du har redan svarat");
		answer(p, q, device(2), "  glesbygd ");
		answer(p, q, device(3), "GLESBYGD!");
		answer(p, q, device(4), "Abstrakt   språk");
		answer(p, q, device(5), "<img src=x onerror=alert(1)>");
		assertThat(answer(p, q, device(6), "...").getResponse().getStatus()).isEqualTo(400);

		Results results = SystemUser.call(() -> presentations.results(p.id(), q));
		assertThat(results.answers()).isEqualTo(5);
		assertThat(results.rows().get(0).label()).isEqualTo("glesbygd");
		assertThat(results.rows().get(0).count()).isEqualTo(3);
		assertThat(results.rows()).extracting(Results.Row::label).contains("abstrakt språk");
		assertThat(PresentationService.normalise("Glesbygd.")).isEqualTo(PresentationService.normalise(" glesbygd"));

		// moderation removes every answer with the word; the participant's second try stays refused
		SystemUser.run(() -> presentations.moderate(p.id(), q, "glesbygd"));
		assertThat(SystemUser.call(() -> presentations.results(p.id(), q)).answers()).isEqualTo(2);
		assertThat(body(answer(p, q, device(1), "Igen"))).contains("Du har redan svarat");
	}

	@Test
	void answersGoOnlyToTheQuestionShownNowAndNotWhenLocked() throws Exception {
		Presentation p = presentation(QuestionKind.SCALE, null);
		long q1 = current(p).id();
		Question q2 = add(p, QuestionKind.SINGLE_CHOICE, "Andra frågan " + run, "Ja\nNej");

		// a question the presenter has not shown yet
		assertThat(answer(p, q2.id(), device(10), "0").getResponse().getStatus()).isEqualTo(409);
		SystemUser.run(() -> presentations.step(p.id(), 1));
		// the phone still showing question 1 is told the presenter moved on, and gets question 2
		MvcResult stale = answer(p, q1, device(10), "4");
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(stale)).contains("Presentatören har gått vidare").contains("Andra frågan " + run);

		// a late joiner lands on the question shown now
		mvc.perform(get("/p/{code}", p.joinCode()))
			.andExpect(content().string(Matchers.containsString("Andra frågan " + run)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Första frågan " + run))));

		SystemUser.run(() -> presentations.setLocked(p.id(), q2.id(), true));
		assertThat(answer(p, q2.id(), device(11), "0").getResponse().getStatus()).isEqualTo(409);
		mvc.perform(get("/p/{code}", p.joinCode()))
			.andExpect(content().string(Matchers.containsString("Frågan är låst")));
		SystemUser.run(() -> presentations.setLocked(p.id(), q2.id(), false));
		assertThat(answer(p, q2.id(), device(11), "0").getResponse().getStatus()).isEqualTo(302);
		// one option only for a single choice
		assertThat(answer(p, q2.id(), device(12), "0", "1").getResponse().getStatus()).isEqualTo(400);
		assertThat(SystemUser.call(() -> presentations.results(p.id(), q2.id())).answers()).isEqualTo(1);
		assertThat(SystemUser.call(() -> presentations.results(p.id(), q1)).answers()).isZero();
	}

	@Test
	void rankingShowsPointsWithTheirMeaningInPagesAndCsv() throws Exception {
		Presentation p = presentation(QuestionKind.RANKING, "Elförsörjning\nBostäder\nKompetens");
		long q = current(p).id();
		answer(p, q, device(21), "1", "0", "2");
		answer(p, q, device(22), "1", "2", "0");
		answer(p, q, device(23), "0", "1", "2");
		// an option that does not exist is refused
		assertThat(answer(p, q, device(24), "7").getResponse().getStatus()).isEqualTo(400);
		Results results = SystemUser.call(() -> presentations.results(p.id(), q));
		assertThat(results.rows().get(0).label()).isEqualTo("Bostäder");
		assertThat(results.rows().get(0).count()).isEqualTo(8);

		Question open = add(p, QuestionKind.OPEN_TEXT, "Något mer? " + run, null);
		var presenter = authentication(TestAuthentication.editorOf(ORGANISER));
		String csv = body(mvc.perform(get("/presentations/{id}/questions/{q}/results.csv", p.id(), q).with(presenter))
			.andExpect(status().isOk()).andReturn());
		assertThat(csv).contains("Bostäder;8;poäng (förstaplats 3 poäng, sista plats 1 poäng);100");
		String summary = body(mvc.perform(get("/presentations/{id}/summary.csv", p.id()).with(presenter))
			.andExpect(status().isOk()).andReturn());
		assertThat(summary).contains("1;Första frågan " + run + ";Rangordning;3;Bostäder;8;poäng (förstaplats 3 poäng")
			.contains("2;Något mer? " + run + ";Öppet svar;0");
		mvc.perform(get("/presentations/{id}/summary", p.id()).with(presenter))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("förstaplats ger 3 poäng")))
			.andExpect(content().string(Matchers.containsString("Något mer? " + run)));
		assertThat(open.number()).isEqualTo(2);
	}

	@Test
	void onlyEditorsOfTheMeetingPresent() throws Exception {
		Presentation p = presentation(QuestionKind.WORD_CLOUD, null);
		add(p, QuestionKind.SCALE, "Skala " + run, null);
		var stranger = authentication(TestAuthentication.editorOf(123_457L));
		mvc.perform(get("/presentations/{id}", p.id()).with(stranger)).andExpect(status().isForbidden());
		mvc.perform(get("/presentations/{id}/screen", p.id()).with(stranger)).andExpect(status().isForbidden());
		mvc.perform(post("/presentations/{id}/next", p.id()).with(stranger).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/presentations/{id}/position", p.id()).with(stranger)
			.contentType(MediaType.APPLICATION_JSON).content("{\"position\": 1}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/presentations/{id}", p.id())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/presentations/{id}/screen/events", p.id())).andExpect(status().is3xxRedirection());
		// nobody signed in: the service refuses, whoever calls it
		assertThatThrownBy(() -> presentations.move(p.id(), 1)).isInstanceOf(RuntimeException.class);
		assertThat(presentations.byCode(p.joinCode()).orElseThrow().position()).isZero();

		// the fixed contract: the admin moves with basic auth and JSON
		mvc.perform(post("/api/v1/presentations/{id}/position", p.id()).with(httpBasic("admin", "test-admin-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"position\": 1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.position").value(1));
		mvc.perform(post("/api/v1/presentations/{id}/position", p.id()).with(httpBasic("admin", "test-admin-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"position\": 5}"))
			.andExpect(status().isBadRequest());
		// the meeting's editor uses the pages
		mvc.perform(get("/presentations/{id}", p.id()).with(authentication(TestAuthentication.editorOf(ORGANISER))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(p.displayCode())));
		// a question without text is refused with a message naming the field
		assertThatThrownBy(() -> SystemUser.run(() -> presentations.addQuestion(p.id(), QuestionKind.RANKING, "Ordna", "Bara en")))
			.isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo("options");
		// old poll addresses lead on
		mvc.perform(get("/meetings/{id}/polls", p.meetingId()).with(authentication(TestAuthentication.editorOf(ORGANISER))))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/meetings/" + p.meetingId() + "/presentations")));
	}

	@Test
	void thePhonesStreamSendsTheQuestionAtConnectAndOnEveryMove() throws Exception {
		Presentation p = presentation(QuestionKind.WORD_CLOUD, null);
		long q1 = current(p).id();
		Question q2 = add(p, QuestionKind.OPEN_TEXT, "Öppen " + run, null);
		MvcResult stream = mvc.perform(get("/p/{code}/events", p.joinCode()))
			.andExpect(request().asyncStarted())
			.andReturn();
		String first = awaitEvent(stream, "\"questionId\":" + q1);
		assertThat(first).contains("event:question").contains("\"position\":0").contains("\"version\":");

		SystemUser.run(() -> presentations.move(p.id(), 1));
		String moved = awaitEvent(stream, "\"questionId\":" + q2.id());
		assertThat(moved).contains("\"position\":1").contains("Öppen " + run);
		long v1 = version(first);
		long v2 = version(moved);
		assertThat(v2).isGreaterThan(v1);
	}

	@Test
	void participantsAskAndUpvoteInTheQaAndThePresenterModerates() throws Exception {
		Presentation p = presentation(QuestionKind.QA, null);
		long q = current(p).id();
		mvc.perform(post("/p/{code}/qa", p.joinCode()).with(csrf()).cookie(new Cookie("rr_device", device(41)))
			.param("questionId", String.valueOf(q)).param("body", "Hur hänger planerna ihop?"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/p/{code}/qa", p.joinCode()).with(csrf()).cookie(new Cookie("rr_device", device(42)))
			.param("questionId", String.valueOf(q)).param("body", "Vem äger kartan?"))
			.andExpect(status().is3xxRedirection());
		List<QaEntry> entries = presentations.qa(q);
		long second = entries.stream().filter(e -> e.body().equals("Vem äger kartan?")).findFirst().orElseThrow().id();
		for (int n = 43; n < 45; n++) {
			mvc.perform(post("/p/{code}/qa/{qa}/vote", p.joinCode(), second).with(csrf()).cookie(new Cookie("rr_device", device(n))))
				.andExpect(status().is3xxRedirection());
		}
		// one vote per participant
		mvc.perform(post("/p/{code}/qa/{qa}/vote", p.joinCode(), second).with(csrf()).cookie(new Cookie("rr_device", device(43))))
			.andExpect(status().isConflict());
		assertThat(presentations.qa(q).get(0).body()).isEqualTo("Vem äger kartan?");
		assertThat(presentations.qa(q).get(0).votes()).isEqualTo(2);

		SystemUser.run(() -> presentations.setQaStatus(p.id(), q, second, "ANSWERED"));
		assertThat(presentations.qa(q).get(1).answered()).isTrue();
		long first = presentations.qa(q).get(0).id();
		SystemUser.run(() -> presentations.setQaStatus(p.id(), q, first, "HIDDEN"));
		assertThat(presentations.qa(q)).extracting(QaEntry::body).containsExactly("Vem äger kartan?");
		mvc.perform(get("/p/{code}", p.joinCode()))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Hur hänger planerna ihop?"))));
	}

	private static long version(String event) {
		return Long.parseLong(event.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
	}

	/** Waits (up to 5 s) for an event on the stream whose data contains the text; returns that event. */
	private static String awaitEvent(MvcResult stream, String contained) throws Exception {
		long until = System.nanoTime() + 5_000_000_000L;
		while (System.nanoTime() < until) {
			String all = stream.getResponse().getContentAsString(StandardCharsets.UTF_8);
			for (String event : all.split("\n\n")) {
				if (event.contains(contained)) {
					return event;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no event with " + contained + " within 5 s: "
				+ stream.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
