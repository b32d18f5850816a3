package se.regionrum.dialogue.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import se.regionrum.platform.TestAuthentication;

/** Participant lists per organisation, attendance, CSV export; a person's data exported and erased. */
@SpringBootTest
@AutoConfigureMockMvc
class ParticipantsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	RegistrationService registrations;

	@Test
	void attendanceExportAndErasure() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		MeetingForm form = DialogueFixtures.form("Närvaro " + run, LocalDate.now().plusDays(2), 10, null);
		form.setOrganiserId(888_001L);
		Meeting meeting = DialogueFixtures.create(meetings, form);
		String email = "narvaro-" + run + "@example.org";
		Outcome outcome = registrations.register(meeting.id(),
				new RegistrationForm("=Närvarande Person", email, "Smedjebackens kommun", null, "Vegetarisk", true)).get(0);
		long id = registrations.byToken(outcome.token()).get(0).id();

		mvc.perform(post("/meetings/{m}/participants/{r}/attended", meeting.id(), id)
			.with(authentication(TestAuthentication.editorOf(888_002L))).with(csrf()).param("attended", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/meetings/{m}/participants/{r}/attended", meeting.id(), id)
			.with(authentication(TestAuthentication.editorOf(888_001L))).with(csrf()).param("attended", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(registrations.byToken(outcome.token()).get(0).attended()).isTrue();

		mvc.perform(get("/meetings/{m}/participants", meeting.id()).with(authentication(TestAuthentication.editorOf(888_001L))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Smedjebackens kommun")))
			.andExpect(content().string(Matchers.containsString("1 bekräftade, 0 på väntelistan, 1 närvarade")));
		// CSV: a cell that a spreadsheet would run as a formula is neutralised
		mvc.perform(get("/meetings/{m}/participants.csv", meeting.id()).with(authentication(TestAuthentication.editorOf(888_001L))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("'=Närvarande Person")));

		mvc.perform(get("/admin/personal-data.csv").param("email", email).with(authentication(TestAuthentication.editorOf(888_001L))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/personal-data.csv").param("email", email).with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Vegetarisk")));
		mvc.perform(post("/admin/personal-data/erase").param("email", email).with(authentication(TestAuthentication.admin())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Registration erased = registrations.byToken(outcome.token()).get(0);
		assertThat(erased.anonymised()).isTrue();
		assertThat(erased.email()).doesNotContain(run);
		assertThat(erased.diet()).isNull();
	}

}
