package se.regionrum.dialogue.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesService;

/** iCalendar per meeting, a subscribable feed per series, and one for all published meetings. */
@Controller
class CalendarController {

	private final MeetingService meetings;

	private final SeriesService series;

	private final ICalendarWriter writer;

	CalendarController(MeetingService meetings, SeriesService series, ICalendarWriter writer) {
		this.meetings = meetings;
		this.series = series;
		this.writer = writer;
	}

	@GetMapping("/meetings/{id:\\d+}.ics")
	ResponseEntity<String> meeting(@PathVariable long id, HttpServletRequest request) {
		Meeting meeting = meetings.get(id);
		return ics(meeting.title(), List.of(meeting), "mote-" + id + ".ics", request);
	}

	@GetMapping("/series/{id:\\d+}.ics")
	ResponseEntity<String> series(@PathVariable long id, HttpServletRequest request) {
		Series s = series.get(id);
		return ics(s.title(), meetings.list(null, null, id), "serie-" + id + ".ics", request);
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<String> all(HttpServletRequest request) {
		return ics("Regionrum", meetings.list(LocalDate.now(Meeting.ZONE).minusMonths(3), null, null),
				"regionrum.ics", request);
	}

	private ResponseEntity<String> ics(String name, List<Meeting> list, String filename, HttpServletRequest request) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<ICalendarWriter.Entry> entries = list.stream()
			.map(m -> new ICalendarWriter.Entry(m, meetings.agenda(m.id()), base + "/meetings/" + m.id()))
			.toList();
		String body = writer.write(name, entries, request.getServerName());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ICalendarWriter.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
			.body(body);
	}

}
