package se.regionrum.dialogue.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;

/**
 * The registration rules: per-organisation quota, capacity, waiting list with promotion on
 * cancellation, deadline, colleagues, the personal cancellation link, retention.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationServiceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationService registrations;

	@Autowired
	MeetingService meetings;

	@Autowired
	RetentionJob retention;

	@Autowired
	JdbcClient jdbc;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	private RegistrationForm person(String name, String organisation) {
		return new RegistrationForm(name, name.toLowerCase().replace(' ', '.') + "-" + run + "@example.org",
				organisation + " " + run, null, null, true);
	}

	@Test
	void quotaPerOrganisationIsThreeAndColleaguesCount() {
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Kvot " + run, LocalDate.now().plusDays(20), 40, 3));
		RegistrationForm form = person("Anna A", "Mora kommun");
		RegistrationForm.Colleague c1 = new RegistrationForm.Colleague();
		c1.setName("Bo B");
		RegistrationForm.Colleague c2 = new RegistrationForm.Colleague();
		c2.setName("Cia C");
		c2.setEmail("cia-" + run + "@example.org");
		form.setColleagues(List.of(c1, c2));
		List<Outcome> outcomes = registrations.register(meeting.id(), form);
		assertThat(outcomes).extracting(Outcome::status).containsOnly(RegistrationStatus.CONFIRMED);
		// Bo has no e-mail of his own: the registrant's is used
		assertThat(outcomes.get(1).email()).isEqualTo(form.getEmail());

		// the organisation name in other letter case and spacing is the same organisation
		List<Outcome> fourth = registrations.register(meeting.id(),
				person("Dan D", "  MORA   kommun"));
		assertThat(fourth.get(0).status()).isEqualTo(RegistrationStatus.REFUSED);
		assertThat(fourth.get(0).reason()).isEqualTo(RefusalReason.ORGANISATION_FULL);
		assertThat(registrations.register(meeting.id(), person("Eva E", "Orsa kommun")).get(0).status())
			.isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(registrations.placesLeft(meetings.find(meeting.id()).orElseThrow())).isEqualTo(36);
	}

	@Test
	void fullMeetingWaitListsAndPromotesWhenSomeoneCancels() throws Exception {
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Väntelista " + run, LocalDate.now().plusDays(20), 2, null));
		Outcome first = registrations.register(meeting.id(), person("Första Person", "Falu kommun")).get(0);
		registrations.register(meeting.id(), person("Andra Person", "Falu kommun"));
		Outcome third = registrations.register(meeting.id(), person("Tredje Person", "Borlänge kommun")).get(0);
		assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(third.status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(registrations.placesLeft(meetings.find(meeting.id()).orElseThrow())).isZero();

		// the same person twice is refused
		assertThat(registrations.register(meeting.id(), person("Första Person", "Falu kommun")).get(0).reason())
			.isEqualTo(RefusalReason.ALREADY_REGISTERED);

		// the personal link shows the registration and cancels it, anonymously, with a CSRF token
		mvc.perform(get("/registrations/{t}", first.token())).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Första Person")));
		mvc.perform(post("/registrations/{t}/cancel", first.token())).andExpect(status().isForbidden());
		mvc.perform(post("/registrations/{t}/cancel", first.token()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(registrations.byToken(first.token()).get(0).status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(registrations.byToken(third.token()).get(0).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(registrations.count(meeting.id(), RegistrationStatus.CONFIRMED)).isEqualTo(2);
		// the promoted person got a mail with their own cancellation link
		String body = jdbc.sql("select body from mail_outbox where recipient = ? order by id desc")
			.param(third.email())
			.query(String.class)
			.list()
			.get(0);
		assertThat(body).contains("/registrations/" + third.token());
	}

	@Test
	void deadlinePassedRefusesAndPageSaysSo() throws Exception {
		MeetingForm form = DialogueFixtures.form("Deadline " + run, LocalDate.now().plusDays(20), 10, 3);
		form.setRegistrationDeadline(LocalDate.now().minusDays(1));
		Meeting meeting = DialogueFixtures.create(meetings, form);
		assertThat(registrations.register(meeting.id(), person("Sen Person", "Leksands kommun")).get(0).reason())
			.isEqualTo(RefusalReason.DEADLINE_PASSED);
		mvc.perform(get("/meetings/{id}", meeting.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sista anmälningsdag har passerat.")));
	}

	@Test
	void publicFormRegistersAndConfirmationMailHasCancellationLink() throws Exception {
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Formulär " + run, LocalDate.now().plusDays(20), 10, 3));
		String email = "formular-" + run + "@example.org";
		mvc.perform(post("/meetings/{id}/register", meeting.id()).with(csrf())
			.param("name", "<script>alert(1)</script>")
			.param("email", email)
			.param("organisationName", "Rättviks kommun")
			.param("consent", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert(1)"))));
		String body = jdbc.sql("select body from mail_outbox where recipient = ?").param(email).query(String.class).single();
		assertThat(body).containsPattern("/registrations/[0-9a-f]{32}");

		// without consent the form comes back with the error
		mvc.perform(post("/meetings/{id}/register", meeting.id()).with(csrf())
			.param("name", "Utan Samtycke")
			.param("email", "utan-" + run + "@example.org")
			.param("organisationName", "Rättviks kommun"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Du behöver samtycka")));
		assertThat(registrations.count(meeting.id(), RegistrationStatus.CONFIRMED)).isEqualTo(1);
	}

	@Test
	void retentionJobAnonymisesRegistrationsOfOldMeetings() {
		Meeting old = DialogueFixtures.create(meetings, DialogueFixtures.form("Gammalt " + run, LocalDate.now().plusDays(3), 10, null));
		Outcome outcome = registrations.register(old.id(), person("Gammal Deltagare", "Gagnefs kommun")).get(0);
		// the meeting took place long ago
		jdbc.sql("update meeting set meeting_date = ? where id = ?").params(LocalDate.now().minusDays(400), old.id()).update();
		assertThat(retention.anonymiseExpired()).isGreaterThanOrEqualTo(1);
		Registration after = registrations.byToken(outcome.token()).get(0);
		assertThat(after.anonymised()).isTrue();
		assertThat(after.name()).isEqualTo("-");
		assertThat(after.email()).doesNotContain("example.org");
		assertThat(after.organisationName()).isEqualTo("Gagnefs kommun " + run);
	}

}
