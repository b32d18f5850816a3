package se.regionrum.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.presentation.Presentation;
import se.regionrum.dialogue.presentation.PresentationService;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * Absolute links come from the configured public base URL (https://regionrum.test in the tests),
 * whatever Host header the request carries: the cancellation link in e-mails, the join address on
 * a presentation's big screen and its QR code, the links and UIDs in calendar feeds.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicLinksTest {

	static final String BASE = "https://regionrum.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	PresentationService presentations;

	@Autowired
	JdbcClient jdbc;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	/** A request as it arrives when the client names another host. */
	private static MockHttpServletRequestBuilder from(String host, MockHttpServletRequestBuilder request) {
		return request.header("Host", host).with(r -> {
			r.setServerName(host);
			r.setServerPort(80);
			return r;
		});
	}

	@Test
	void mailedCancellationLinkUsesTheConfiguredBaseUrlNotTheHostHeader() throws Exception {
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Länkmöte " + run,
				LocalDate.now().plusDays(10), null, null));
		String email = "lank-" + run + "@example.org";
		String answer = mvc.perform(from("evil.example", post("/api/v1/meetings/{id}/registrations", meeting.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Lena Länk", "email": "%s", "organisationName": "Gagnefs kommun", "consent": true}"""
				.formatted(email)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String token = answer.replaceAll("(?s).*\"token\":\"([0-9a-f]{32})\".*", "$1");

		List<String> bodies = jdbc.sql("select body from mail_outbox where recipient = ?").param(email)
			.query(String.class).list();
		assertThat(bodies).hasSize(1);
		assertThat(bodies.get(0)).contains(BASE + "/registrations/" + token).doesNotContain("evil.example");
	}

	@Test
	void presentationJoinAddressUsesTheConfiguredBaseUrl() throws Exception {
		MeetingForm form = DialogueFixtures.form("Omröstningsmöte " + run, LocalDate.now().plusDays(1), null, null);
		form.setOrganiserId(987_700L);
		Meeting meeting = DialogueFixtures.create(meetings, form);
		Presentation presentation = SystemUser.call(() -> presentations.create(meeting.id(), "Incheckning"));
		for (String path : List.of("/presentations/{id}", "/presentations/{id}/screen", "/presentations/{id}/qr.svg")) {
			String page = mvc.perform(from("evil.example", get(path, presentation.id()))
				.with(authentication(TestAuthentication.editorOf(987_700L))))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).as(path).contains(BASE + "/p/" + presentation.joinCode()).doesNotContain("evil.example");
		}
	}

	@Test
	void calendarLinksAndUidsAreTheSameWhateverTheHost() throws Exception {
		Meeting meeting = DialogueFixtures.create(meetings, DialogueFixtures.form("Kalenderlänk " + run,
				LocalDate.now().plusDays(12), null, null));
		for (String path : List.of("/meetings/" + meeting.id() + ".ics", "/calendar.ics")) {
			VEvent one = event(path, "127.0.0.1", meeting.id());
			VEvent other = event(path, "regionrum.internal.example", meeting.id());
			assertThat(one.getUid().orElseThrow().getValue()).as(path)
				.isEqualTo(other.getUid().orElseThrow().getValue())
				.isEqualTo("meeting-" + meeting.id() + "@regionrum.test");
			assertThat(one.getUrl().getValue()).isEqualTo(BASE + "/meetings/" + meeting.id());
			assertThat(one.getDescription().getValue()).contains(BASE + "/meetings/" + meeting.id());
		}
	}

	private VEvent event(String path, String host, long meetingId) throws Exception {
		String body = mvc.perform(from(host, get(path)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain(host);
		List<VEvent> events = new CalendarBuilder().build(new java.io.StringReader(body)).getComponents(Component.VEVENT);
		return events.stream()
			.filter(e -> e.getUid().orElseThrow().getValue().startsWith("meeting-" + meetingId + "@"))
			.findFirst()
			.orElseThrow();
	}

}
