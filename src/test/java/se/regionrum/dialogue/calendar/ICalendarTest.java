package se.regionrum.dialogue.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.AgendaItemForm;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesForm;
import se.regionrum.dialogue.series.SeriesKind;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.SystemUser;

/** The .ics output parses back with ical4j, validates, and carries Europe/Stockholm local times. */
@SpringBootTest
@AutoConfigureMockMvc
class ICalendarTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	SeriesService series;

	@Autowired
	se.regionrum.dialogue.meeting.AgendaService agenda;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	private Calendar fetch(String path) throws Exception {
		String body = mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains("\r\n");
		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		calendar.validate();
		return calendar;
	}

	@Test
	void meetingIcsHasStockholmTimeZoneAndLocalStart() throws Exception {
		MeetingForm form = DialogueFixtures.form("Kalender; med, tecken\\ " + run, LocalDate.of(2027, 6, 15), 10, null);
		Meeting meeting = DialogueFixtures.create(meetings, form);
		SystemUser.run(() -> agenda.add(meeting.id(), new AgendaItemForm(java.time.LocalTime.of(10, 5),
				java.time.LocalTime.of(10, 20), "Incheckning", "Test Talare", "Boverket")));

		Calendar calendar = fetch("/meetings/" + meeting.id() + ".ics");
		List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
		assertThat(zones).hasSize(1);
		assertThat(zones.get(0).getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Stockholm");
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		assertThat(event.getSummary().getValue()).isEqualTo("Kalender; med, tecken\\ " + run);
		DtStart<ZonedDateTime> start = event.<ZonedDateTime>getStartDate().orElseThrow();
		assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Stockholm");
		assertThat(start.getValue()).isEqualTo("20270615T100000");
		ZonedDateTime zoned = ZonedDateTime.from(start.getDate());
		assertThat(zoned.toInstant())
			.isEqualTo(LocalDateTime.of(2027, 6, 15, 10, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant());
		assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1);
		assertThat(event.getDescription().getValue()).contains("10:05–10:20 Incheckning");
	}

	@Test
	void seriesFeedHasOneEventPerMeeting() throws Exception {
		SeriesForm sf = new SeriesForm();
		sf.setKind(SeriesKind.SEMINAR_SERIES);
		sf.setTitle("Seminarieserie " + run);
		sf.setPublished(true);
		Series s = SystemUser.call(() -> series.create(sf));
		for (int i = 1; i <= 3; i++) {
			MeetingForm form = DialogueFixtures.form("Seminarium " + i + " " + run, LocalDate.of(2027, 1, 10 * i), null, null);
			form.setSeriesId(s.id());
			DialogueFixtures.create(meetings, form);
		}
		Calendar calendar = fetch("/series/" + s.id() + ".ics");
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(3);
		assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue()).doesNotHaveDuplicates();
		// winter time: 10:00 in Stockholm is 09:00 UTC
		ZonedDateTime first = ZonedDateTime.from(events.get(0).<ZonedDateTime>getStartDate().orElseThrow().getDate());
		assertThat(first.toInstant().toString()).isEqualTo("2027-01-10T09:00:00Z");
	}

	/**
	 * RFC 5545 §3.1: content lines are at most 75 octets. Titles with å/ä/ö and a four-octet emoji
	 * at every offset put a multibyte character on each fold boundary; every physical line must be
	 * whole UTF-8 on its own (no sequence split), and unfolding gives the text back.
	 */
	@Test
	void linesAreFoldedAt75OctetsWithoutSplittingCharacters() throws Exception {
		Series s = SystemUser.call(() -> series.create(DialogueFixtures.seriesForm("Fältvandring i Älvdalen " + run)));
		List<String> titles = new java.util.ArrayList<>();
		List<Long> ids = new java.util.ArrayList<>();
		for (int offset = 0; offset < 4; offset++) {
			String title = "x".repeat(offset) + "Åtgärder för ökad tillgänglighet på landsbygden – större än väntat 🙂 "
					+ "åäö".repeat(12) + " " + run;
			MeetingForm form = DialogueFixtures.form(title, LocalDate.now().plusDays(30 + offset), null, null);
			form.setSeriesId(s.id());
			form.setTheme("Tema: " + "ö".repeat(60 + offset) + " – och 🙂🙂🙂 " + "ä".repeat(40));
			form.setPlace("Länsstyrelsens sal, Åsgatan " + offset + ", Falun – " + "å".repeat(50));
			titles.add(title);
			ids.add(DialogueFixtures.create(meetings, form).id());
		}
		for (String path : List.of("/meetings/" + ids.get(3) + ".ics", "/series/" + s.id() + ".ics", "/calendar.ics")) {
			byte[] body = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			int multibyteLines = 0;
			int start = 0;
			for (int i = 0; i + 1 < body.length; i++) {
				if (body[i] == '\r' && body[i + 1] == '\n') {
					int octets = i - start;
					String line = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
						.decode(java.nio.ByteBuffer.wrap(body, start, octets))
						.toString();
					assertThat(octets).as(path + ": " + line).isLessThanOrEqualTo(75);
					if (line.length() < octets) {
						multibyteLines++;
					}
					start = i + 2;
				}
			}
			assertThat(start).as("ends with CRLF").isEqualTo(body.length);
			assertThat(multibyteLines).as(path).isGreaterThan(4);
			Calendar calendar = new CalendarBuilder()
				.build(new StringReader(new String(body, java.nio.charset.StandardCharsets.UTF_8)));
			calendar.validate();
			List<String> summaries = calendar.<VEvent>getComponents(Component.VEVENT).stream()
				.map(e -> e.getSummary().getValue())
				.toList();
			if (path.startsWith("/meetings/")) {
				assertThat(summaries).containsExactly(titles.get(3));
				VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
				assertThat(event.getDescription().getValue()).startsWith("Tema: " + "ö".repeat(63) + " – och 🙂🙂🙂 ");
				assertThat(event.getLocation().getValue()).endsWith("å".repeat(50));
			}
			else {
				assertThat(summaries).containsAll(titles);
			}
		}
	}

}
