package se.regionrum.dialogue.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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

import se.regionrum.dialogue.DialogueFixtures;
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
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Öppet API-möte " + run,
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
		MeetingForm hidden = DialogueFixtures.form("Opublicerat möte " + run, LocalDate.now().plusDays(10), null, null);
		hidden.setPublished(false);
		Meeting unpublished = DialogueFixtures.create(meetings, hidden);
		register("/api/v1/meetings/{id}/registrations", unpublished.id(), person("Dag Anonym", "Rättviks kommun"))
			.andExpect(status().isNotFound());
		assertThat(SystemUser.call(() -> registrations.participants(unpublished.id()))).isEmpty();

		MeetingForm late = DialogueFixtures.form("Sent möte " + run, LocalDate.now().plusDays(10), null, null);
		late.setRegistrationDeadline(LocalDate.now().minusDays(1));
		Meeting closed = DialogueFixtures.create(meetings, late);
		register("/api/v1/meetings/{id}/registrations", closed.id(), person("Eje Anonym", "Rättviks kommun"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].status").value("REFUSED"))
			.andExpect(jsonPath("$[0].reason").value("DEADLINE_PASSED"));
		assertThat(SystemUser.call(() -> registrations.participants(closed.id()))).isEmpty();
	}

	@Test
	void validationErrorsNameTheFields() throws Exception {
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Valideringsmöte " + run,
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
		Series open = DialogueFixtures.createSeries(series, DialogueFixtures.seriesForm("Öppen serie " + run));
		for (int i = 1; i <= 2; i++) {
			MeetingForm form = DialogueFixtures.form("Seriemöte " + i + " " + run, LocalDate.now().plusDays(10 * i), null, null);
			form.setSeriesId(open.id());
			DialogueFixtures.create(meetings, form);
		}
		register("/api/v1/series/{id}/registrations", open.id(), person("Gun Anonym", "Falu kommun"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].status").value("CONFIRMED"));

		SeriesForm unpublished = DialogueFixtures.seriesForm("Dold serie " + run);
		unpublished.setPublished(false);
		Series hidden = DialogueFixtures.createSeries(series, unpublished);
		MeetingForm inHidden = DialogueFixtures.form("Dolt seriemöte " + run, LocalDate.now().plusDays(10), null, null);
		inHidden.setSeriesId(hidden.id());
		DialogueFixtures.create(meetings, inHidden);
		register("/api/v1/series/{id}/registrations", hidden.id(), person("Hed Anonym", "Falu kommun"))
			.andExpect(status().isNotFound());
	}

	/**
	 * Every person named in one registration gets an outcome: the registrant and three colleagues
	 * are considered under the rules; colleagues beyond that are refused, each with the reason,
	 * instead of being dropped without a word.
	 */
	@Test
	void everyColleagueGetsAnOutcome() throws Exception {
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Kollegamöte " + run,
				LocalDate.now().plusDays(10), null, 3));
		StringBuilder colleagues = new StringBuilder();
		for (int i = 1; i <= 50; i++) {
			colleagues.append(i == 1 ? "" : ", ").append("{\"name\": \"Kollega ").append(i).append("\"}");
		}
		// a null row counts as an empty one
		String json = """
				{"name": "Ulla Ansvarig", "email": "ulla-%s@example.org", "organisationName": "Malung-Sälens kommun %s",
				 "consent": true, "colleagues": [null, %s]}""".formatted(run, run, colleagues);
		register("/api/v1/meetings/{id}/registrations", meeting.id(), json)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(51))
			.andExpect(jsonPath("$[0].name").value("Ulla Ansvarig"))
			.andExpect(jsonPath("$[0].status").value("CONFIRMED"))
			.andExpect(jsonPath("$[1].name").value("Kollega 1"))
			.andExpect(jsonPath("$[2].status").value("CONFIRMED"))
			// quota 3 per organisation: the third colleague is refused for that reason
			.andExpect(jsonPath("$[3].name").value("Kollega 3"))
			.andExpect(jsonPath("$[3].status").value("REFUSED"))
			.andExpect(jsonPath("$[3].reason").value("ORGANISATION_FULL"))
			.andExpect(jsonPath("$[4].name").value("Kollega 4"))
			.andExpect(jsonPath("$[4].reason").value("TOO_MANY_COLLEAGUES"))
			.andExpect(jsonPath("$[50].name").value("Kollega 50"))
			.andExpect(jsonPath("$[50].status").value("REFUSED"))
			.andExpect(jsonPath("$[50].reason").value("TOO_MANY_COLLEAGUES"))
			.andExpect(jsonPath("$[50].token").doesNotExist());
		assertThat(SystemUser.call(() -> registrations.participants(meeting.id()))).extracting(Registration::name)
			.containsExactlyInAnyOrder("Ulla Ansvarig", "Kollega 1", "Kollega 2");

		// a colleague row with an e-mail address but no name is an error on that row's name
		register("/api/v1/meetings/{id}/registrations", meeting.id(), """
				{"name": "Vera V", "email": "vera-%s@example.org", "organisationName": "Vansbro kommun",
				 "consent": true, "colleagues": [{"name": "Wilma W"}, {"email": "namnlos@example.org"}]}""".formatted(run))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("colleagues[1].name"))
			.andExpect(jsonPath("$.errors[0].message").value("Ange kollegans namn, eller töm raden."));
		assertThat(SystemUser.call(() -> registrations.participants(meeting.id()))).hasSize(3);
	}

	@Test
	void thePageShowsAnOutcomeForEveryColleague() throws Exception {
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Kollegasida " + run,
				LocalDate.now().plusDays(10), null, null));
		var request = post("/meetings/{id}/register", meeting.id()).with(csrf())
			.param("name", "Sara Sida")
			.param("email", "sara-" + run + "@example.org")
			.param("organisationName", "Orsa kommun " + run)
			.param("consent", "true");
		for (int i = 0; i < 5; i++) {
			request.param("colleagues[" + i + "].name", "Sidkollega " + (i + 1));
		}
		String page = mvc.perform(request).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Sidkollega 3").contains("Sidkollega 4").contains("Sidkollega 5");
		assertThat(page.split("En anmälan kan ta med högst tre kollegor", -1)).hasSize(3);
		assertThat(SystemUser.call(() -> registrations.participants(meeting.id()))).hasSize(4);

		// a colleague row without a name keeps the form and says which row
		String again = mvc.perform(post("/meetings/{id}/register", meeting.id()).with(csrf())
			.param("name", "Tor Tom")
			.param("email", "tor-" + run + "@example.org")
			.param("organisationName", "Orsa kommun " + run)
			.param("colleagues[0].email", "utan-namn@example.org")
			.param("consent", "true"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("Ange kollegans namn, eller töm raden.").contains("value=\"utan-namn@example.org\"")
			.contains("aria-describedby=\"colleagues0-name-error\"");
		assertThat(SystemUser.call(() -> registrations.participants(meeting.id()))).hasSize(4);
	}

}
