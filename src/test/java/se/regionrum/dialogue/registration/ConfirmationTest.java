package se.regionrum.dialogue.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesService;

/**
 * What a participant gets after registering: the confirmation page with date, time, place or online
 * link and the calendar file; a mail with the same, links from the public base URL, and the .ics
 * attached; no word of a confirmation when everyone was refused; and a cancellation link that asks
 * first and cancels only on POST.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConfirmationTest {

	static final String BASE = "https://regionrum.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	RegistrationService registrations;

	@Autowired
	SeriesService series;

	@Autowired
	JdbcClient jdbc;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	private String email(String who) {
		return who + "-" + run + "@example.org";
	}

	private MockHttpServletRequestBuilder register(long meetingId, String email) {
		return post("/meetings/{id}/register", meetingId).with(csrf())
			.param("name", "Bekräftad Person")
			.param("email", email)
			.param("organisationName", "Rättviks kommun " + run)
			.param("consent", "true");
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String statusOf(String token) {
		return jdbc.sql("select status from meeting_registration where token = ?").param(token).query(String.class).single();
	}

	@Test
	void registrationPageIsOnTheParticipantLayoutWithCapacity() throws Exception {
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Mobilanmälan " + run,
				LocalDate.now().plusDays(15), 40, null));
		String page = html(get("/meetings/{id}/register", meeting.id()));
		assertThat(page).contains("class=\"participant\"", "platser kvar av 40", "Skicka anmälan")
			.doesNotContain("site-nav");
	}

	@Test
	void confirmationPageShowsWhenWhereAndTheCalendarFile() throws Exception {
		MeetingForm form = DialogueFixtures.form("Bekräftelse " + run, LocalDate.of(2027, 9, 14), 40, null);
		form.setOnlineUrl("https://example.org/mote-" + run);
		Meeting meeting = DialogueFixtures.create(meetings, form);
		String page = html(register(meeting.id(), email("sida")));
		assertThat(page).contains("tisdag 14 september 2027", "10:00–15:00", "Falun",
				"https://example.org/mote-" + run, "href=\"/meetings/" + meeting.id() + ".ics\"",
				"Bekräftelsen skickas med e-post");
	}

	@Test
	void whenEveryoneIsRefusedNoConfirmationIsPromised() throws Exception {
		MeetingForm form = DialogueFixtures.form("Försent " + run, LocalDate.now().plusDays(15), 40, null);
		form.setRegistrationDeadline(LocalDate.now().minusDays(1));
		Meeting meeting = DialogueFixtures.create(meetings, form);
		String page = html(register(meeting.id(), email("sen")));
		assertThat(page).contains("kunde inte anmälas", "Sista anmälningsdag har passerat",
				"Ingen kunde anmälas, och därför skickas ingen bekräftelse.")
			.doesNotContain("Bekräftelsen skickas").doesNotContain(".ics");
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(email("sen"))
			.query(Integer.class).single()).isZero();
	}

	@Test
	void mailCarriesTimesPlaceLinksFromTheBaseUrlAndTheCalendarFile() throws Exception {
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Postat möte " + run,
				LocalDate.of(2027, 9, 15), 40, null));
		// the Host header is the client's: links must not come from it
		mvc.perform(register(meeting.id(), email("post")).header("Host", "evil.example").with(r -> {
			r.setServerName("evil.example");
			return r;
		})).andExpect(status().isOk());

		Map<String, Object> mail = jdbc.sql("""
				select body, attachment_name, attachment_type, attachment from mail_outbox where recipient = ?""")
			.param(email("post")).query().singleRow();
		String body = (String) mail.get("body");
		assertThat(body).contains("onsdag 15 september 2027, 10:00–15:00", "Plats: Falun",
				BASE + "/meetings/" + meeting.id() + ".ics", BASE + "/meetings/" + meeting.id(),
				BASE + "/registrations/", "Kalenderfilen (.ics) är bifogad")
			.doesNotContain("evil.example");
		assertThat(mail.get("attachment_name")).isEqualTo("mote-" + meeting.id() + ".ics");
		assertThat((String) mail.get("attachment_type")).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader((String) mail.get("attachment")));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		assertThat(events.get(0).getUid().orElseThrow().getValue()).isEqualTo("meeting-" + meeting.id() + "@regionrum.test");
		assertThat(events.get(0).getLocation().getValue()).isEqualTo("Falun");
	}

	@Test
	void waitListedPeopleGetTheDetailsButNoCalendarFileUntilTheyHaveAPlace() {
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Fullt möte " + run,
				LocalDate.now().plusDays(15), 1, null));
		registrations.register(meeting.id(), new RegistrationForm("Först", email("forst"), "Mora " + run, null, null, true));
		List<Outcome> second = registrations.register(meeting.id(),
				new RegistrationForm("Sedan", email("sedan"), "Orsa " + run, null, null, true));
		assertThat(second.get(0).status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(jdbc.sql("select attachment_name from mail_outbox where recipient = ?").param(email("sedan"))
			.query(String.class).optional()).isEmpty();

		registrations.cancel(jdbc.sql("select token from meeting_registration where email = ?").param(email("forst"))
			.query(String.class).single());
		// promoted: the new mail carries the file
		assertThat(jdbc.sql("select attachment_name from mail_outbox where recipient = ? and attachment_name is not null")
			.param(email("sedan")).query(String.class).list()).containsExactly("mote-" + meeting.id() + ".ics");
	}

	@Test
	void theCancelLinkAsksFirstAndCancelsOnlyOnPost() throws Exception {
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Avanmälan " + run,
				LocalDate.now().plusDays(15), 40, null));
		String token = registrations.register(meeting.id(),
				new RegistrationForm("Ångrar Sig", email("angrar"), "Malung " + run, null, null, true)).get(0).token();

		String page = html(get("/registrations/{t}", token));
		assertThat(page).contains("Vill du avanmäla dig?", "Ja, avanmäl mig", "Nej, behåll min anmälan",
				"class=\"participant\"", "method=\"post\"");
		// opening the link, or a /cancel address, by GET (a mail scanner, a prefetch) cancels nothing
		html(get("/registrations/{t}/cancel", token));
		assertThat(statusOf(token)).isEqualTo("CONFIRMED");
		mvc.perform(post("/registrations/{t}/cancel", token)).andExpect(status().isForbidden());
		assertThat(statusOf(token)).isEqualTo("CONFIRMED");

		mvc.perform(post("/registrations/{t}/cancel", token).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(token)).isEqualTo("CANCELLED");
		assertThat(html(get("/registrations/{t}", token))).contains("Avanmäld").doesNotContain("Ja, avanmäl mig");
	}

	@Test
	void seriesConfirmationListsEveryMeetingAndTheSeriesCalendar() throws Exception {
		Series s = DialogueFixtures.createSeries(series, DialogueFixtures.seriesForm("Bekräftelseserie " + run));
		for (int i = 1; i <= 2; i++) {
			MeetingForm form = DialogueFixtures.form("Serieträff " + i + " " + run, LocalDate.now().plusDays(20 * i), null, null);
			form.setSeriesId(s.id());
			DialogueFixtures.create(meetings, form);
		}
		assertThat(html(get("/series/{id}/register", s.id()))).contains("class=\"participant\"",
				"Serieträff 1 " + run, "Serieträff 2 " + run);
		String page = html(post("/series/{id}/register", s.id()).with(csrf())
			.param("name", "Serie Person").param("email", email("serie"))
			.param("organisationName", "Vansbro " + run).param("consent", "true"));
		assertThat(page).contains("Serieträff 1 " + run, "Serieträff 2 " + run,
				"href=\"/series/" + s.id() + ".ics\"", "Bekräftelsen skickas med e-post");
		assertThat(jdbc.sql("select attachment_name from mail_outbox where recipient = ?").param(email("serie"))
			.query(String.class).single()).isEqualTo("serie-" + s.id() + ".ics");
	}

	@Test
	void aClosedSeriesSaysSoAndOffersNoForm() throws Exception {
		Series s = DialogueFixtures.createSeries(series, DialogueFixtures.seriesForm("Stängd serie " + run));
		assertThat(html(get("/series/{id}/register", s.id()))).contains("Anmälan till serien är stängd.")
			.doesNotContain("Skicka anmälan", "name=\"consent\"");
	}

}
