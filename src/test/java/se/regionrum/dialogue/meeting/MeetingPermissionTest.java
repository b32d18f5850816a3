package se.regionrum.dialogue.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.platform.TestAuthentication;

/**
 * Who sees and who changes meetings: anonymous visitors see published meetings only (scheduled
 * ones from their publication time); an editor of the organiser changes them, an editor of
 * another organisation gets 403 on the pages and the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingPermissionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	long organiser;

	long other;

	@BeforeEach
	void organisations() throws Exception {
		organiser = organisation("Arrangörsregion " + run);
		other = organisation("Annan kommun " + run);
	}

	private long organisation(String name) throws Exception {
		String location = mvc.perform(post("/api/v1/organisations").with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + name + "\", \"kind\": \"ASSOCIATION\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private Meeting meeting(String title, boolean published) {
		MeetingForm form = DialogueFixtures.form(title, LocalDate.now().plusDays(10), 20, 3);
		form.setOrganiserId(organiser);
		form.setPublished(published);
		return DialogueFixtures.create(meetings, form);
	}

	@Test
	void anonymousVisitorsSeePublishedMeetingsOnly() throws Exception {
		Meeting published = meeting("Publicerat " + run, true);
		Meeting internal = meeting("Internt " + run, false);
		MeetingForm scheduledForm = DialogueFixtures.form("Schemalagt " + run, LocalDate.now().plusDays(10), 20, 3);
		scheduledForm.setPublished(true);
		scheduledForm.setPublishAt(LocalDateTime.now().plusDays(2));
		Meeting scheduled = DialogueFixtures.create(meetings, scheduledForm);

		mvc.perform(get("/meetings/{id}", published.id())).andExpect(status().isOk());
		mvc.perform(get("/meetings/{id}", internal.id())).andExpect(status().isNotFound());
		mvc.perform(get("/meetings/{id}", scheduled.id())).andExpect(status().isNotFound());
		mvc.perform(get("/meetings/{id}.ics", internal.id())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/meetings/{id}", internal.id())).andExpect(status().isNotFound());
		mvc.perform(get("/meetings"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Publicerat " + run)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Internt " + run))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Schemalagt " + run))));
		mvc.perform(get("/api/v1/meetings"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.title == 'Internt " + run + "')]").isEmpty())
			.andExpect(jsonPath("$[?(@.title == 'Publicerat " + run + "')]").isNotEmpty());
		// signed-in users see internal meetings
		mvc.perform(get("/meetings/{id}", internal.id()).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk());
		// nobody registers for an internal meeting through the public form
		mvc.perform(post("/meetings/{id}/register", internal.id()).with(csrf())
			.param("name", "Någon")
			.param("email", "nagon@example.org")
			.param("organisationName", "Orsa kommun")
			.param("consent", "true"))
			.andExpect(status().isNotFound());
	}

	@Test
	void editorOfAnotherOrganisationGets403OnPagesAndApi() throws Exception {
		Meeting meeting = meeting("Behörighet " + run, true);
		mvc.perform(get("/meetings/{id}/edit", meeting.id()).with(authentication(TestAuthentication.editorOf(other))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/meetings/{id}/edit", meeting.id()).with(authentication(TestAuthentication.editorOf(other)))
			.with(csrf())
			.param("kind", "SEMINAR")
			.param("title", "Kapad")
			.param("date", LocalDate.now().plusDays(10).toString())
			.param("startTime", "10:00")
			.param("endTime", "12:00"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/meetings/{id}/participants", meeting.id()).with(authentication(TestAuthentication.editorOf(other))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/meetings/{id}/agenda", meeting.id()).with(authentication(TestAuthentication.editorOf(other)))
			.with(csrf())
			.param("title", "Kapad punkt"))
			.andExpect(status().isForbidden());
		String json = """
				{"kind": "SEMINAR", "title": "Kapad", "date": "%s", "startTime": "10:00", "endTime": "12:00"}"""
			.formatted(LocalDate.now().plusDays(10));
		mvc.perform(put("/api/v1/meetings/{id}", meeting.id()).with(authentication(TestAuthentication.editorOf(other)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/meetings/{id}", meeting.id()).with(authentication(TestAuthentication.editorOf(other))))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/meetings/{id}", meeting.id()).with(authentication(TestAuthentication.reader()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isForbidden());
		assertThat(meetings.find(meeting.id()).orElseThrow().title()).isEqualTo("Behörighet " + run);
	}

	@Autowired
	se.regionrum.dialogue.registration.RegistrationService registrations;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void editorOfTheOrganiserEditsMeetingAndAgenda() throws Exception {
		Meeting meeting = meeting("Eget möte " + run, true);
		String email = "flytt-" + run + "@example.org";
		registrations.register(meeting.id(), new se.regionrum.dialogue.registration.RegistrationForm("Flytt Person", email,
				"Hedemora kommun", null, null, true));
		mvc.perform(post("/meetings/{id}/edit", meeting.id()).with(authentication(TestAuthentication.editorOf(organiser)))
			.with(csrf())
			.param("kind", "THEME_MEETING")
			.param("title", "Temamöte <b>fet</b> " + run)
			.param("organiserId", String.valueOf(organiser))
			.param("date", LocalDate.now().plusDays(11).toString())
			.param("startTime", "09:00")
			.param("endTime", "12:00")
			.param("published", "true")
			.param("waitingList", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/meetings/{id}/agenda", meeting.id()).with(authentication(TestAuthentication.editorOf(organiser)))
			.with(csrf())
			.param("startTime", "09:15")
			.param("title", "Inledning")
			.param("speaker", "Test Talare")
			.param("speakerOrganisation", "Boverket"))
			.andExpect(status().is3xxRedirection());
		assertThat(meetings.agenda(meeting.id())).extracting(AgendaItem::title).containsExactly("Inledning");
		// the registered participant was told about the new date and time
		assertThat(jdbc.sql("select subject from mail_outbox where recipient = ? order by id").param(email)
			.query(String.class).list()).anyMatch(subject -> subject.startsWith("Ändrat möte"));
		mvc.perform(get("/admin/outbox").with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(email)));
		mvc.perform(get("/meetings/{id}", meeting.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Temamöte &lt;b&gt;fet&lt;/b&gt;")))
			.andExpect(content().string(Matchers.containsString("Boverket")));
		// end before start is refused with a message next to the field
		mvc.perform(post("/meetings/{id}/edit", meeting.id()).with(authentication(TestAuthentication.editorOf(organiser)))
			.with(csrf())
			.param("kind", "SEMINAR")
			.param("title", "Bakvänt")
			.param("organiserId", String.valueOf(organiser))
			.param("date", LocalDate.now().plusDays(11).toString())
			.param("startTime", "12:00")
			.param("endTime", "09:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Sluttiden måste vara efter starttiden.")));
	}

	@Autowired
	se.regionrum.dialogue.series.SeriesService series;

	/**
	 * A series is its organisers' programme: an editor of another organisation cannot put a meeting
	 * in it, neither when creating nor when changing a meeting, on the pages or through the API.
	 */
	@Test
	void onlyTheSeriesOrganisersPutMeetingsInASeries() throws Exception {
		// "other" plays Mora (organises the series), "organiser" plays Falun
		se.regionrum.dialogue.series.Series moras = DialogueFixtures.createSeries(series,
				DialogueFixtures.seriesForm("Moras serie " + run, other));
		var falun = authentication(TestAuthentication.editorOf(organiser));
		mvc.perform(get("/series").with(falun))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Moras serie " + run)));
		String json = """
				{"kind": "SEMINAR", "title": "Inkräktare %s", "date": "%s", "startTime": "10:00", "endTime": "12:00",
				 "organiserId": %d, "seriesId": %d, "published": true}"""
			.formatted(run, LocalDate.now().plusDays(10), organiser, moras.id());
		mvc.perform(post("/api/v1/meetings").with(falun).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("seriesId"))
			.andExpect(jsonPath("$.errors[0].message").value("Du kan bara lägga möten i serier som din organisation arrangerar."));
		mvc.perform(post("/meetings/new").with(falun).with(csrf())
			.param("kind", "SEMINAR")
			.param("title", "Inkräktare " + run)
			.param("organiserId", String.valueOf(organiser))
			.param("seriesId", String.valueOf(moras.id()))
			.param("date", LocalDate.now().plusDays(10).toString())
			.param("startTime", "10:00")
			.param("endTime", "12:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Du kan bara lägga möten i serier som din organisation arrangerar.")));
		assertThat(meetings.list(null, null, moras.id())).isEmpty();

		// nor by moving an own meeting into the series
		Meeting own = meeting("Eget möte " + run, true);
		mvc.perform(put("/api/v1/meetings/{id}", own.id()).with(falun).contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isBadRequest());
		assertThat(meetings.find(own.id()).orElseThrow().seriesId()).isNull();
		assertThat(se.regionrum.platform.SystemUser.call(() -> meetings.list(null, null, moras.id()))).isEmpty();

		// the form offers only series the editor's organisation organises
		mvc.perform(get("/meetings/new").with(falun))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("Moras serie " + run))));

		// Mora's editors may; a meeting an administrator put there stays editable by its organiser
		mvc.perform(post("/api/v1/meetings").with(authentication(TestAuthentication.editorOf(other)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.replace("Inkräktare", "Moras eget")))
			.andExpect(status().isCreated());
		MeetingForm placed = DialogueFixtures.form("Placerat " + run, LocalDate.now().plusDays(12), null, null);
		placed.setOrganiserId(organiser);
		placed.setSeriesId(moras.id());
		Meeting inSeries = DialogueFixtures.create(meetings, placed);
		mvc.perform(put("/api/v1/meetings/{id}", inSeries.id()).with(falun).contentType(MediaType.APPLICATION_JSON)
			.content(json.replace("Inkräktare", "Ändrat placerat")))
			.andExpect(status().isOk());
		mvc.perform(get("/meetings/{id}/edit", inSeries.id()).with(falun))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Moras serie " + run)));
		assertThat(meetings.list(null, null, moras.id())).extracting(Meeting::title)
			.containsExactlyInAnyOrder("Moras eget " + run, "Ändrat placerat " + run);
	}

}
