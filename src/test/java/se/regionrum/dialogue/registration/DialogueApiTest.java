package se.regionrum.dialogue.registration;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.TestAuthentication;

/** The dialogue REST API: registrations, presentations and surveys, with the same permission rules as the pages. */
@SpringBootTest
@AutoConfigureMockMvc
class DialogueApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Test
	void registrationsPollsAndSurveysThroughTheApi() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		MeetingForm form = DialogueFixtures.form("API-möte " + run, LocalDate.now().plusDays(5), 1, 3);
		form.setOrganiserId(777_001L);
		Meeting meeting = DialogueFixtures.create(meetings, form);
		String person = """
				{"name": "%s", "email": "%s@example.org", "organisationName": "Avesta kommun", "consent": true}""";
		mvc.perform(post("/api/v1/meetings/{id}/registrations", meeting.id())
			.with(authentication(TestAuthentication.reader()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(person.formatted("Api Ett", "api1-" + run)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].status").value("CONFIRMED"));
		mvc.perform(post("/api/v1/meetings/{id}/registrations", meeting.id())
			.with(authentication(TestAuthentication.reader()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(person.formatted("Api Två", "api2-" + run)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].status").value("WAITLISTED"));
		mvc.perform(get("/api/v1/meetings/{id}/registrations", meeting.id())
			.with(authentication(TestAuthentication.editorOf(777_002L))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/meetings/{id}/registrations", meeting.id())
			.with(authentication(TestAuthentication.editorOf(777_001L))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));

		String created = mvc.perform(post("/api/v1/meetings/{id}/presentations", meeting.id())
			.with(authentication(TestAuthentication.editorOf(777_001L)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Utvärdering\", \"questions\": [{\"kind\": \"SCALE\", \"question\": \"Hur var dagen?\"}]}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long presentationId = Long.parseLong(created.replaceAll("(?s).*\"presentation\":\\{\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/v1/presentations/{id}", presentationId).with(authentication(TestAuthentication.editorOf(777_002L))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/presentations/{id}", presentationId).with(authentication(TestAuthentication.editorOf(777_001L))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.questions[0].rows.length()").value(5));

		mvc.perform(post("/api/v1/meetings/{id}/surveys", meeting.id())
			.with(authentication(TestAuthentication.editorOf(777_002L)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Utvärdering\", \"questions\": [{\"kind\": \"FREE_TEXT\", \"text\": \"Vad tar du med dig?\"}]}"))
			.andExpect(status().isForbidden());

		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/api/v1/meetings/{id}/registrations")))
			.andExpect(content().string(Matchers.containsString("/api/v1/presentations/{id}")))
			.andExpect(content().string(Matchers.containsString("/api/v1/surveys/{id}/results")))
			.andExpect(content().string(Matchers.containsString("/api/v1/series/{id}")));
	}

}
