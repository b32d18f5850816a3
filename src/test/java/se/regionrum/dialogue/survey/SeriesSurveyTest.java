package se.regionrum.dialogue.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * A survey for a whole series (a mid-term evaluation of a learning project): organisers of the
 * series create it on a page or through the API, anyone with the link answers, organisers read the
 * results ranked by frequency and export them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SeriesSurveyTest {

	static final long ORGANISER = 556_001L;

	static final long OTHER = 556_002L;

	@Autowired
	MockMvc mvc;

	@Autowired
	SeriesService series;

	@Autowired
	SurveyService surveys;

	@Autowired
	JdbcClient jdbc;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	final Authentication organiser = TestAuthentication.editorOf(ORGANISER);

	final Authentication other = TestAuthentication.editorOf(OTHER);

	@Test
	void organisersCreateASeriesSurveyOnItsPageAndReadRankedResults() throws Exception {
		Series s = DialogueFixtures.createSeries(series, DialogueFixtures.seriesForm("Lärprojekt " + run, ORGANISER));

		assertThat(page(get("/series/{id}", s.id()), organiser)).contains("/series/" + s.id() + "/surveys");
		assertThat(page(get("/series/{id}", s.id()), other)).doesNotContain("/series/" + s.id() + "/surveys");
		mvc.perform(get("/series/{id}/surveys", s.id()).with(authentication(other))).andExpect(status().isForbidden());
		mvc.perform(get("/series/{id}/surveys", s.id())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/series/{id}/surveys", s.id()).with(authentication(other)).with(csrf())
			.param("title", "Intrång"))
			.andExpect(status().isForbidden());
		assertThat(page(get("/series/{id}/surveys", s.id()), organiser)).contains("Lärprojekt " + run)
			.contains("Inga enkäter än.");

		// a survey without a title is refused with the reason, and nothing is stored
		mvc.perform(post("/series/{id}/surveys", s.id()).with(authentication(organiser)).with(csrf())
			.param("title", " "))
			.andExpect(redirectedUrl("/series/" + s.id() + "/surveys"))
			.andExpect(flash().attribute("failure", "dialogue.survey.titleRequired"));
		assertThat(jdbc.sql("select count(*) from survey where series_id = ?").param(s.id()).query(Long.class).single()).isZero();

		// the same builder as a meeting's: a draft, questions added one by one, then published
		String location = mvc.perform(post("/series/{id}/surveys", s.id()).with(authentication(organiser)).with(csrf())
			.param("title", "Halvtidsutvärdering " + run))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/surveys/\\d+");
		long surveyId = Long.parseLong(location.replaceAll("\\D", ""));
		mvc.perform(post("/surveys/{id}/questions", surveyId).with(authentication(organiser)).with(csrf())
			.param("kind", "FREE_TEXT").param("text", "Vad har varit mest värdefullt?"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/surveys/{id}/questions", surveyId).with(authentication(organiser)).with(csrf())
			.param("kind", "SCALE").param("text", "Hur nöjd är du med serien?").param("scaleMin", "1").param("scaleMax", "5"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/surveys/{id}/publish", surveyId).with(authentication(other)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/surveys/{id}/publish", surveyId).with(authentication(organiser)).with(csrf()))
			.andExpect(redirectedUrl("/surveys/" + surveyId))
			.andExpect(flash().attribute("message", "dialogue.survey.published"));
		Survey survey = surveys.find(surveyId);
		assertThat(survey.seriesId()).isEqualTo(s.id());
		assertThat(survey.meetingId()).isNull();
		assertThat(page(get("/series/{id}/surveys", s.id()), organiser)).contains("Halvtidsutvärdering " + run)
			.contains("https://regionrum.test/s/" + survey.publicKey());

		List<Survey.Question> q = surveys.questions(surveyId);
		String[][] answers = { { "Erfarenhetsutbytet", "5" }, { "erfarenhetsutbytet.", "4" }, { "Studiebesöken", "4" } };
		for (String[] a : answers) {
			mvc.perform(post("/s/{key}", survey.publicKey()).with(csrf())
				.param("q" + q.get(0).id(), a[0])
				.param("q" + q.get(1).id(), a[1]))
				.andExpect(status().isOk());
		}

		String results = page(get("/surveys/{id}/results", surveyId), organiser);
		assertThat(results).contains("3 svar").contains("Svar, vanligast först").contains("<meter")
			.contains("href=\"/series/" + s.id() + "/surveys\"");
		assertThat(results.indexOf("Erfarenhetsutbytet")).isLessThan(results.indexOf("Studiebesöken"));
		mvc.perform(get("/surveys/{id}/results", surveyId).with(authentication(other))).andExpect(status().isForbidden());
		assertThat(page(get("/surveys/{id}/results.csv", surveyId), organiser))
			.contains("Vad har varit mest värdefullt?;Erfarenhetsutbytet;2;67");
		mvc.perform(get("/surveys/{id}/results.csv", surveyId).with(authentication(other)))
			.andExpect(status().isForbidden());
	}

	@Test
	void seriesSurveysThroughTheApi() throws Exception {
		Series s = DialogueFixtures.createSeries(series, DialogueFixtures.seriesForm("Föreläsningsserie " + run, ORGANISER));
		String request = """
				{"title": "Utvärdering %s", "questions": [{"kind": "FREE_TEXT", "text": "Vad tar du med dig?"},
				{"kind": "SINGLE_CHOICE", "text": "Fortsätta?", "options": ["Ja", "Nej"]}]}"""
			.formatted(run);
		mvc.perform(post("/api/v1/series/{id}/surveys", s.id()).with(authentication(other))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/series/{id}/surveys", s.id()).contentType(MediaType.APPLICATION_JSON).content(request))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/series/{id}/surveys", s.id()).with(authentication(organiser))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.survey.seriesId").value(s.id()))
			.andExpect(jsonPath("$.survey.meetingId").doesNotExist())
			.andExpect(jsonPath("$.survey.status").value("DRAFT"))
			.andExpect(jsonPath("$.questions.length()").value(2));
		// a bad question names its place and field, and nothing is stored
		mvc.perform(post("/api/v1/series/{id}/surveys", s.id()).with(authentication(organiser))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "Utan alternativ", "questions": [{"kind": "FREE_TEXT", "text": "Fråga"},
					{"kind": "RANKING", "text": "Ordna", "options": ["Bara ett"]}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("questions[1].options"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Alternativ:")));
		mvc.perform(get("/api/v1/series/{id}/surveys", s.id()).with(authentication(organiser)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].title").value("Utvärdering " + run));
		mvc.perform(get("/api/v1/series/{id}/surveys", s.id())).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/series/{id}/surveys", s.id()).with(authentication(other)))
			.andExpect(status().isForbidden());

		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/series/{id}/surveys")));
	}

	@Test
	void aSurveyBelongsToExactlyOneMeetingOrSeries() {
		Series s = DialogueFixtures.createSeries(series, DialogueFixtures.seriesForm("Serie " + run, ORGANISER));
		assertThatThrownBy(() -> SystemUser.call(() -> surveys.create(null, null, "Ingen ägare", null)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> jdbc.sql("insert into survey (meeting_id, series_id, title, created_at) values (?, ?, ?, ?)")
			.params(null, null, "Ingen ägare " + run, OffsetDateTime.now())
			.update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(jdbc.sql("select count(*) from survey where title = ?").param("Ingen ägare " + run).query(Long.class).single())
			.isZero();
		assertThat(SystemUser.call(() -> surveys.ofSeries(s.id()))).isEmpty();
	}

	private String page(MockHttpServletRequestBuilder request, Authentication user) throws Exception {
		return mvc.perform(request.with(authentication(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
