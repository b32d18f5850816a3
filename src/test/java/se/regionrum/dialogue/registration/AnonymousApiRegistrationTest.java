package se.regionrum.dialogue.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.regionrum.dialogue.TestMeetings;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesForm;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.SystemUser;

/**
 * Anyone may register for a published meeting or series through the REST API, without an account
 * and without a CSRF token (the API is stateless), under exactly the rules of the public page; the
 * answer tells only about the people just registered.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnonymousApiRegistrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	SeriesService series;

	@Autowired
	RegistrationService registrations;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	private String person(String name, String organisation) {
		return """
				{"name": "%s", "email": "%s-%s@example.org", "organisationName": "%s %s", "consent": true}"""
			.formatted(name, name.toLowerCase().replace(' ', '.'), run, organisation, run);
	}

	private ResultActions register(String path, long id, String json) throws Exception {
		return mvc.perform(post(path, id).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void anonymousRegistrationForAPublishedMeetingUnderThePageRules() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, TestMeetings.form("Öppet API-möte " + run,
				LocalDate.now().plusDays(10), 1, 2));
		String path = "/api/v1/meetings/{id}/registrations";

		String first = register(path, meeting.id(), person("Ada Anonym", "Leksands kommun"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].status").value("CONFIRMED"))
			.andExpect(jsonPath("$[0].token").isString())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String token = first.replaceAll("(?s).*\"token\":\"([0-9a-f]{32})\".*", "$1");

		// capacity 1: the next one waits; the answer names nobody else
		String second = register(path, meeting.id(), person("Bea Anonym", "Leksands kommun"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].status").value("WAITLISTED"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(second).doesNotContain("ada.anonym").doesNotContain(token);

		// at most two per organisation, confirmed and wait-listed together
		register(path, meeting.id(), person("Cid Anonym", "Leksands kommun"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].status").value("REFUSED"))
			.andExpect(jsonPath("$[0].reason").value("ORGANISATION_FULL"))
			.andExpect(jsonPath("$[0].token").doesNotExist());

		// the participant list stays for organisers
		mvc.perform(get(path, meeting.id())).andExpect(status().isUnauthorized());

		// cancelling by personal token needs no account either; the waiting list moves up
		mvc.perform(delete("/api/v1/registrations/{token}", token)).andExpect(status().isNoContent());
		List<Registration> participants = SystemUser.call(() -> registrations.participants(meeting.id()));
		assertThat(participants).extracting(Registration::name, Registration::status)
			.containsExactlyInAnyOrder(tuple("Ada Anonym", RegistrationStatus.CANCELLED),
					tuple("Bea Anonym", RegistrationStatus.CONFIRMED));
		mvc.perform(delete("/api/v1/registrations/{token}", "0".repeat(32))).andExpect(status().isNotFound());
	}

	@Test
	void unpublishedMeetingsAndPassedDeadlinesAreRefused() throws Exception {
		MeetingForm hidden = TestMeetings.form("Opublicerat möte " + run, LocalDate.now().plusDays(10), null, null);
		hidden.setPublished(false);
		Meeting unpublished = TestMeetings.create(meetings, hidden);
		register("/api/v1/meetings/{id}/registrations", unpublished.id(), person("Dag Anonym", "Rättviks kommun"))
			.andExpect(status().isNotFound());
		assertThat(SystemUser.call(() -> registrations.participants(unpublished.id()))).isEmpty();

		MeetingForm late = TestMeetings.form("Sent möte " + run, LocalDate.now().plusDays(10), null, null);
		late.setRegistrationDeadline(LocalDate.now().minusDays(1));
		Meeting closed = TestMeetings.create(meetings, late);
		register("/api/v1/meetings/{id}/registrations", closed.id(), person("Eje Anonym", "Rättviks kommun"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].status").value("REFUSED"))
			.andExpect(jsonPath("$[0].reason").value("DEADLINE_PASSED"));
		assertThat(SystemUser.call(() -> registrations.participants(closed.id()))).isEmpty();
	}

	@Test
	void validationErrorsNameTheFields() throws Exception {
		Meeting meeting = TestMeetings.create(meetings, TestMeetings.form("Valideringsmöte " + run,
				LocalDate.now().plusDays(10), null, null));
		register("/api/v1/meetings/{id}/registrations", meeting.id(),
				"{\"name\": \"Fia\", \"email\": \"inte-en-adress\", \"organisationName\": \"Mora kommun\", \"consent\": false}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("email", "consent")))
			.andExpect(jsonPath("$.errors[?(@.field == 'consent')].message").isNotEmpty());
		assertThat(SystemUser.call(() -> registrations.participants(meeting.id()))).isEmpty();
	}

	@Test
	void anonymousRegistrationForAPublishedSeries() throws Exception {
		Series open = TestMeetings.createSeries(series, TestMeetings.seriesForm("Öppen serie " + run));
		for (int i = 1; i <= 2; i++) {
			MeetingForm form = TestMeetings.form("Seriemöte " + i + " " + run, LocalDate.now().plusDays(10 * i), null, null);
			form.setSeriesId(open.id());
			TestMeetings.create(meetings, form);
		}
		register("/api/v1/series/{id}/registrations", open.id(), person("Gun Anonym", "Falu kommun"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].status").value("CONFIRMED"));

		SeriesForm unpublished = TestMeetings.seriesForm("Dold serie " + run);
		unpublished.setPublished(false);
		Series hidden = TestMeetings.createSeries(series, unpublished);
		MeetingForm inHidden = TestMeetings.form("Dolt seriemöte " + run, LocalDate.now().plusDays(10), null, null);
		inHidden.setSeriesId(hidden.id());
		TestMeetings.create(meetings, inHidden);
		register("/api/v1/series/{id}/registrations", hidden.id(), person("Hed Anonym", "Falu kommun"))
			.andExpect(status().isNotFound());
	}

}
