package se.regionrum.dialogue.meeting;

import java.time.LocalTime;

/**
 * One point of a meeting's agenda: its place in the order, start and end time (both optional),
 * title, speaker and the speaker's organisation.
 */
public record AgendaItem(long id, long meetingId, int position, LocalTime startTime, LocalTime endTime, String title,
		String speaker, String speakerOrganisation) {

	/** "10:05–10:15", "10:05" or "" for the page and the calendar text. */
	public String times() {
		if (startTime == null) {
			return "";
		}
		return endTime == null ? startTime.toString() : startTime + "–" + endTime;
	}

}
