package se.regionrum.dialogue.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * Free-text answers are grouped and ranked by how often they occur; scale and choice are counted; a
 * published survey is answered by its key, once per participant.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	SurveyService surveys;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void freeTextRankedByFrequencyAndResultsForEditorsOnly() throws Exception {
		MeetingForm form = DialogueFixtures.form("Dialogkonferens " + run, LocalDate.now().minusDays(1), null, null);
		form.setOrganiserId(555_001L);
		Meeting meeting = DialogueFixtures.create(meetings, form);
		Survey survey = published(meeting.id(), "Halvtidsutvärdering " + run,
				DialogueFixtures.textQuestion("Vilken process behöver utvecklas mest?"),
				DialogueFixtures.scaleQuestion("Hur nöjd är du med arbetet hittills?"),
				DialogueFixtures.choiceQuestion("Ska arbetet fortsätta?", "Ja", "Nej", "Vet inte"));
		List<Survey.Question> q = surveys.questions(survey.id());
		assertThat(q).extracting(Survey.Question::kind)
			.containsExactly(QuestionKind.FREE_TEXT, QuestionKind.SCALE, QuestionKind.SINGLE_CHOICE);

		String[][] responses = { { "Tillståndsprocesser", "4", "Ja" }, { "  tillståndsprocesser.", "5", "Ja" },
				{ "TILLSTÅNDSPROCESSER", "3", "Nej" }, { "Energiplanering", "4", "Ja" }, { "energiplanering", "", "" },
				{ "<script>alert(1)</script>", "2", "Vet inte" } };
		for (String[] r : responses) {
			mvc.perform(post("/s/{key}", survey.publicKey()).with(csrf())
				.param("q" + q.get(0).id(), r[0])
				.param("q" + q.get(1).id(), r[1])
				.param("q" + q.get(2).id(), r[2]))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Tack för dina svar!")));
		}

		List<Survey.QuestionResult> results = SystemUser.call(() -> surveys.results(survey.id()));
		Survey.QuestionResult text = results.get(0);
		assertThat(text.rows()).extracting(Survey.Row::count).containsExactly(3, 2, 1);
		assertThat(text.rows().get(0).label()).isEqualTo("Tillståndsprocesser");
		assertThat(text.rows().get(1).label()).isEqualTo("Energiplanering");
		Survey.QuestionResult scale = results.get(1);
		assertThat(scale.answers()).isEqualTo(5);
		assertThat(scale.mean()).isEqualTo(3.6);
		assertThat(scale.rows()).extracting(Survey.Row::label).startsWith("1 (Inte alls)", "2").endsWith("5 (Mycket)");
		Survey.QuestionResult choice = results.get(2);
		assertThat(choice.rows()).extracting(Survey.Row::count).containsExactly(3, 1, 1);

		// a value outside the scale or not among the options refuses the whole response, naming the question
		mvc.perform(post("/s/{key}", survey.publicKey()).with(csrf())
			.param("q" + q.get(0).id(), "Kompetens")
			.param("q" + q.get(1).id(), "9"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("Välj ett värde från 1 till 5 i frågan ”Hur nöjd är du med arbetet hittills?”")))
			.andExpect(content().string(Matchers.containsString("Kompetens")));
		mvc.perform(post("/s/{key}", survey.publicKey()).with(csrf())
			.param("q" + q.get(2).id(), "Kanske"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("Välj bland alternativen i frågan ”Ska arbetet fortsätta?”")));
		assertThat(surveys.responses(survey.id())).isEqualTo(6);

		mvc.perform(get("/surveys/{id}/results", survey.id()).with(authentication(TestAuthentication.editorOf(555_002L))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/surveys/{id}/results", survey.id()).with(authentication(TestAuthentication.editorOf(555_001L))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(Matchers.containsString("Svar, vanligast först")));
		mvc.perform(get("/surveys/{id}/results.csv", survey.id()).with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Vilken process behöver utvecklas mest?;Tillståndsprocesser;3;50;FREE_TEXT")))
			.andExpect(content().string(Matchers.containsString("Hur nöjd är du med arbetet hittills?;4;2;40;SCALE;;3,6")));
		mvc.perform(get("/surveys/{id}/results", survey.id())).andExpect(status().is3xxRedirection());
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private Survey published(long meetingId, String title, QuestionForm... questions) {
		return SystemUser.call(() -> surveys.publish(surveys.create(meetingId, null, title, null, List.of(questions)).id()));
	}

	/**
	 * The answering link carries an unguessable key, not the sequential id; the survey of an
	 * unpublished meeting is not found by anonymous visitors; a participant (browser session and
	 * device cookie) answers once, also after deleting the cookie.
	 */
	@Test
	void surveysAreAnsweredByKeyOncePerParticipantAndOnlyWhenPublished() throws Exception {
		MeetingForm form = DialogueFixtures.form("Internt möte " + run, LocalDate.now().minusDays(1), null, null);
		form.setOrganiserId(555_003L);
		form.setPublished(false);
		Meeting internal = DialogueFixtures.create(meetings, form);
		Survey hidden = published(internal.id(), "Dold enkät " + run, DialogueFixtures.scaleQuestion("Hur nöjd är du?"));
		assertThat(hidden.publicKey()).matches("[A-Za-z0-9_-]{22}");
		long question = surveys.questions(hidden.id()).get(0).id();

		mvc.perform(get("/s/{key}", hidden.publicKey())).andExpect(status().isNotFound());
		mvc.perform(post("/s/{key}", hidden.publicKey()).with(csrf()).param("q" + question, "5"))
			.andExpect(status().isNotFound());
		assertThat(surveys.responses(hidden.id())).isZero();
		// signed-in users see unpublished meetings, and their surveys
		mvc.perform(get("/s/{key}", hidden.publicKey()).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk());
		// the organiser is told why the link does not work for others yet
		mvc.perform(get("/surveys/{id}/results", hidden.id()).with(authentication(TestAuthentication.editorOf(555_003L))))
			.andExpect(content().string(Matchers.containsString("https://regionrum.test/s/" + hidden.publicKey())))
			.andExpect(content().string(Matchers.containsString("när mötet eller serien är publicerad")));

		MeetingForm publicForm = DialogueFixtures.form("Öppet möte " + run, LocalDate.now().minusDays(1), null, null);
		publicForm.setOrganiserId(555_003L);
		Meeting open = DialogueFixtures.create(meetings, publicForm);
		Survey draft = SystemUser.call(() -> surveys.create(open.id(), null, "Öppen enkät " + run, null,
				List.of(DialogueFixtures.scaleQuestion("Hur nöjd är du?"))));
		// a draft is not answered, not even by signed-in users
		mvc.perform(get("/s/{key}", draft.publicKey()).with(authentication(TestAuthentication.admin())))
			.andExpect(status().isNotFound());
		Survey survey = SystemUser.call(() -> surveys.publish(draft.id()));
		long q = surveys.questions(survey.id()).get(0).id();
		// sequential ids and made-up keys lead nowhere
		mvc.perform(get("/s/{id}", survey.id())).andExpect(status().isNotFound());
		mvc.perform(post("/s/{id}", survey.id()).with(csrf()).param("q" + q, "1")).andExpect(status().isNotFound());
		mvc.perform(get("/s/{key}", "A".repeat(22))).andExpect(status().isNotFound());

		org.springframework.test.web.servlet.MvcResult first = mvc.perform(get("/s/{key}", survey.publicKey()))
			.andExpect(status().isOk())
			.andReturn();
		jakarta.servlet.http.Cookie session = se.regionrum.platform.SessionCookie.of(first);
		jakarta.servlet.http.Cookie device = first.getResponse().getCookie("rr_device");
		assertThat(device).isNotNull();
		mvc.perform(post("/s/{key}", survey.publicKey()).with(csrf()).cookie(session, device).param("q" + q, "5"))
			.andExpect(content().string(Matchers.containsString("Tack för dina svar!")));
		// again in the same session, without the cookie, and in a new session with it
		mvc.perform(post("/s/{key}", survey.publicKey()).with(csrf()).cookie(session).param("q" + q, "1"))
			.andExpect(content().string(Matchers.containsString("Du har redan svarat på enkäten.")));
		mvc.perform(post("/s/{key}", survey.publicKey()).with(csrf()).cookie(device).param("q" + q, "1"))
			.andExpect(content().string(Matchers.containsString("Du har redan svarat på enkäten.")));
		mvc.perform(get("/s/{key}", survey.publicKey()).cookie(session))
			.andExpect(content().string(Matchers.containsString("Du har redan svarat på enkäten.")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<form"))));
		assertThat(surveys.responses(survey.id())).isEqualTo(1);
		assertThat(SystemUser.call(() -> surveys.results(survey.id())).get(0).mean()).isEqualTo(5.0);
		// the response stores no device id, only a hash of it and the survey
		assertThat(jdbc.sql("select participant from survey_response where survey_id = ?").param(survey.id())
			.query(String.class).single()).matches("[0-9a-f]{64}").doesNotContain(device.getValue());
	}

}
