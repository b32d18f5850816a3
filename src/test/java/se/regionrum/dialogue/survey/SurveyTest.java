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

import se.regionrum.dialogue.TestMeetings;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/** Free-text answers are grouped and ranked by how often they occur; scale and choice are counted. */
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
		MeetingForm form = TestMeetings.form("Dialogkonferens " + run, LocalDate.now().minusDays(1), null, null);
		form.setOrganiserId(555_001L);
		Meeting meeting = TestMeetings.create(meetings, form);
		Survey survey = SystemUser.call(() -> surveys.create(meeting.id(), null, "Halvtidsutvärdering " + run, null, """
				TEXT: Vilken process behöver utvecklas mest?
				SCALE: Hur nöjd är du med arbetet hittills?
				CHOICE: Ska arbetet fortsätta? | Ja | Nej | Vet inte"""));
		List<Survey.Question> q = surveys.questions(survey.id());
		assertThat(q).extracting(Survey.Question::kind).containsExactly("TEXT", "SCALE", "CHOICE");

		String[][] responses = { { "Tillståndsprocesser", "4", "Ja" }, { "  tillståndsprocesser.", "5", "Ja" },
				{ "TILLSTÅNDSPROCESSER", "3", "Nej" }, { "Energiplanering", "4", "Ja" }, { "energiplanering", "9", "Kanske" },
				{ "<script>alert(1)</script>", "2", "Vet inte" } };
		for (String[] r : responses) {
			mvc.perform(post("/s/{id}", survey.id()).with(csrf())
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
		Survey.QuestionResult choice = results.get(2);
		assertThat(choice.rows()).extracting(Survey.Row::count).containsExactly(3, 1, 1);

		mvc.perform(get("/surveys/{id}/results", survey.id()).with(authentication(TestAuthentication.editorOf(555_002L))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/surveys/{id}/results", survey.id()).with(authentication(TestAuthentication.editorOf(555_001L))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(Matchers.containsString("Svar, vanligast först")));
		mvc.perform(get("/surveys/{id}/results.csv", survey.id()).with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Tillståndsprocesser;3")));
		mvc.perform(get("/surveys/{id}/results", survey.id())).andExpect(status().is3xxRedirection());
	}

}
