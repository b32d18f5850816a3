package se.regionrum.dialogue.calendar;

import java.util.List;

import org.springframework.stereotype.Component;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.PublicBaseUrl;

/**
 * Meetings as an iCalendar file, for the feeds and for the file a confirmation mail carries. Links
 * and UIDs come from the configured public address, not the request: a meeting keeps one UID however
 * it was reached, so calendars do not show it twice.
 */
@Component
public class MeetingCalendar {

	private final MeetingService meetings;

	private final ICalendarWriter writer;

	private final PublicBaseUrl publicBaseUrl;

	MeetingCalendar(MeetingService meetings, ICalendarWriter writer, PublicBaseUrl publicBaseUrl) {
		this.meetings = meetings;
		this.writer = writer;
		this.publicBaseUrl = publicBaseUrl;
	}

	public String write(String name, List<Meeting> list) {
		List<ICalendarWriter.Entry> entries = list.stream()
			.map(m -> new ICalendarWriter.Entry(m, meetings.agenda(m.id()), publicBaseUrl.link("/meetings/" + m.id())))
			.toList();
		return writer.write(name, entries, publicBaseUrl.host());
	}

	/** The public address of one meeting's calendar file, for pages and mails. */
	public String link(Meeting meeting) {
		return publicBaseUrl.link("/meetings/" + meeting.id() + ".ics");
	}

}
