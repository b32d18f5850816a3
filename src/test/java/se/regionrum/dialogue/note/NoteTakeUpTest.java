package se.regionrum.dialogue.note;

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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingKind;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.initiatives.InitiativeRef;
import se.regionrum.initiatives.Initiatives;
import se.regionrum.platform.TestAuthentication;

/**
 * A note from a municipal dialogue becomes, with one action, an initiative and an obstacle.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoteTakeUpTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	Initiatives initiatives;

	@Autowired
	JdbcClient jdbc;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	private long organisation(String name) throws Exception {
		return organisationJson("{\"name\": \"" + name + "\", \"kind\": \"ASSOCIATION\"}");
	}

	private long organisationJson(String json) throws Exception {
		String location = mvc.perform(post("/api/v1/organisations").with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void noteBecomesInitiativeAndObstacleLinkedBackToTheMeeting() throws Exception {
		long region = organisation("Dialogregion " + run);
		long other = organisation("Annan " + run);
		// A county of its own, so the region's municipality counts (matrix, coverage) stay as the demo has them.
		String code = "97" + (10 + Math.abs(run.hashCode()) % 80);
		long municipality = organisationJson("{\"name\": \"Testkommun " + run + "\", \"kind\": \"MUNICIPALITY\", "
				+ "\"scbCode\": \"" + code + "\", \"countyCode\": \"97\", \"population\": 1000, \"populationYear\": 2024}");
		MeetingForm form = DialogueFixtures.form("Kommundialog " + run, LocalDate.now().minusDays(5), null, null);
		form.setKind(MeetingKind.MUNICIPAL_DIALOGUE);
		form.setOrganiserId(region);
		form.setPublished(false);
		Meeting meeting = DialogueFixtures.create(meetings, form);

		mvc.perform(post("/meetings/{id}/notes", meeting.id()).with(authentication(TestAuthentication.editorOf(other)))
			.with(csrf())
			.param("body", "Kapad"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/meetings/{id}/notes", meeting.id()).with(authentication(TestAuthentication.editorOf(region)))
			.with(csrf())
			.param("body", "Kommunen vill bygga ett resecentrum men detaljplanen <saknas>."))
			.andExpect(status().is3xxRedirection());
		long noteId = jdbc.sql("select id from meeting_note where meeting_id = ?").param(meeting.id()).query(Long.class).single();

		// anonymous visitors see no notes
		mvc.perform(get("/meetings/{id}/notes", meeting.id())).andExpect(status().is3xxRedirection());

		mvc.perform(post("/notes/{id}/take-up", noteId).with(authentication(TestAuthentication.editorOf(other)))
			.with(csrf())
			.param("title", "Kapat initiativ")
			.param("ownerOrganisationId", String.valueOf(other)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/notes/{id}/take-up", noteId).with(authentication(TestAuthentication.editorOf(region)))
			.with(csrf())
			.param("title", "Resecentrum " + run)
			.param("ownerOrganisationId", String.valueOf(region))
			.param("level", "LOCAL")
			.param("municipalityId", String.valueOf(municipality))
			.param("obstacleTitle", "Detaljplan saknas " + run)
			.param("obstacleKind", "REGULATION")
			.param("obstacleRemover", "MUNICIPALITY"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("message", "dialogue.note.takenUp"));

		// the initiatives module creates them from the dialogue's event, after the take-up has committed
		List<InitiativeRef> taken = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.until(() -> se.regionrum.platform.SystemUser.call(() -> initiatives.fromOrigin("MEETING_NOTE", noteId)),
					list -> !list.isEmpty());
		assertThat(taken).extracting(InitiativeRef::title).containsExactly("Resecentrum " + run);
		String obstacle = jdbc.sql("select title from obstacle where initiative_id = ?")
			.param(taken.get(0).id())
			.query(String.class)
			.single();
		assertThat(obstacle).isEqualTo("Detaljplan saknas " + run);
		String origin = jdbc.sql("select origin_label from initiative where id = ?").param(taken.get(0).id())
			.query(String.class).single();
		assertThat(origin).contains("Kommundialog " + run);

		mvc.perform(get("/meetings/{id}/notes", meeting.id()).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("detaljplanen &lt;saknas&gt;")))
			.andExpect(content().string(Matchers.containsString("Resecentrum " + run)))
			.andExpect(content().string(Matchers.containsString("Detaljplan saknas " + run)))
			.andExpect(content().string(Matchers.containsString("/initiatives/from/meeting-note/" + noteId)));
		// the note's page links to the initiative through the initiatives module, by the note and the title
		mvc.perform(get("/initiatives/from/meeting-note/{id}", noteId).param("title", "Resecentrum " + run)
			.with(authentication(TestAuthentication.reader())))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
					"/initiatives/" + taken.get(0).id()));
	}

	@Autowired
	NoteService notes;

	/**
	 * Leaving the municipality empty used to redirect back with no message and create nothing. The
	 * page now shows the field's error in Swedish, in the error summary and at the field, and keeps
	 * what was typed; nothing is created.
	 */
	@Test
	void anEmptyMunicipalityIsShownAtItsFieldAndTheValuesAreKept() throws Exception {
		long region = organisation("Noteringsregion " + run);
		MeetingForm form = DialogueFixtures.form("Dialogmöte " + run, LocalDate.now().minusDays(3), null, null);
		form.setKind(MeetingKind.MUNICIPAL_DIALOGUE);
		form.setOrganiserId(region);
		Meeting meeting = DialogueFixtures.create(meetings, form);
		var editor = authentication(TestAuthentication.editorOf(region));
		mvc.perform(post("/meetings/{id}/notes", meeting.id()).with(editor).with(csrf()).param("body", " "))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("failure", "dialogue.note.empty"));
		mvc.perform(post("/meetings/{id}/notes", meeting.id()).with(editor).with(csrf()).param("body", "Skolskjuts behövs."))
			.andExpect(status().is3xxRedirection());
		long noteId = jdbc.sql("select id from meeting_note where meeting_id = ?").param(meeting.id()).query(Long.class).single();
		// before any failure each note's form has ids of its own, the organiser chosen as owner
		String notesPage = mvc.perform(get("/meetings/{id}/notes", meeting.id()).with(editor)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(notesPage).contains("id=\"owner-" + noteId + "\"").contains("for=\"municipality-" + noteId + "\"")
			.containsPattern("value=\"" + region + "\"\\s+selected").doesNotContain("id=\"municipalityId-error\"");

		String page = mvc.perform(post("/notes/{id}/take-up", noteId).with(editor).with(csrf())
			.param("title", "Skolskjuts " + run)
			.param("description", "Från dialogen")
			.param("ownerOrganisationId", String.valueOf(region))
			.param("municipalityId", "")
			.param("level", "REGIONAL")
			.param("obstacleTitle", "Ingen budget " + run))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("class=\"error-summary\"").contains("href=\"#municipalityId\"")
			.contains("id=\"municipalityId\"").contains("id=\"municipalityId-error\"")
			.contains("Välj kommunen som initiativet gäller.")
			.contains("value=\"Skolskjuts " + run + "\"").contains("value=\"Ingen budget " + run + "\"")
			.contains(">Från dialogen</textarea>");
		assertThat(page.substring(page.indexOf("id=\"level\""))).containsPattern("value=\"REGIONAL\"\\s+selected");
		assertThat(se.regionrum.platform.SystemUser.call(() -> initiatives.fromOrigin("MEETING_NOTE", noteId)))
			.isEmpty();
		// nothing taken up, so nothing published that could create an initiative later
		assertThat(se.regionrum.platform.SystemUser.call(() -> notes.takeUpsOf(noteId))).isEmpty();

		// the initiatives module's rule, checked by the dialogue before it publishes, is reported on this form's field
		TakeUpForm takeUp = new TakeUpForm();
		takeUp.setTitle("Utan kommun " + run);
		takeUp.setOwnerOrganisationId(region);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> se.regionrum.platform.SystemUser.call(() -> notes.takeUp(noteId, takeUp)))
			.isInstanceOfSatisfying(se.regionrum.platform.InvalidInputException.class,
					ex -> assertThat(ex.field()).isEqualTo("municipalityId"));
		assertThat(se.regionrum.platform.SystemUser.call(() -> initiatives.fromOrigin("MEETING_NOTE", noteId)))
			.isEmpty();
		// nothing taken up, so nothing published that could create an initiative later
		assertThat(se.regionrum.platform.SystemUser.call(() -> notes.takeUpsOf(noteId))).isEmpty();
	}

}
