package se.regionrum.dialogue.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesService;

/** iCalendar per meeting, a subscribable feed per series, and one for all published meetings. */
@Controller
class CalendarController {

	private final MeetingService meetings;

	private final SeriesService series;

	private final MeetingCalendar calendar;

	private final Clock clock;

	CalendarController(MeetingService meetings, SeriesService series, MeetingCalendar calendar, Clock clock) {
		this.meetings = meetings;
		this.series = series;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/meetings/{id:\\d+}.ics")
	ResponseEntity<String> meeting(@PathVariable long id) {
		Meeting meeting = meetings.get(id);
		return ics(meeting.title(), List.of(meeting), "mote-" + id + ".ics");
	}

	@GetMapping("/series/{id:\\d+}.ics")
	ResponseEntity<String> series(@PathVariable long id) {
		Series s = series.get(id);
		return ics(s.title(), meetings.list(null, null, id), "serie-" + id + ".ics");
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<String> all() {
		return ics("Regionrum", meetings.list(LocalDate.now(clock).minusMonths(3), null, null),
				"regionrum.ics");
	}

	private ResponseEntity<String> ics(String name, List<Meeting> list, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ICalendarWriter.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
			.body(calendar.write(name, list));
	}

}
