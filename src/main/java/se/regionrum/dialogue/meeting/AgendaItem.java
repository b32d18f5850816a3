package se.regionrum.dialogue.meeting;

import java.time.LocalTime;

/** One point of a meeting's agenda: time, title, speaker and the speaker's organisation. */
public record AgendaItem(long id, long meetingId, int position, LocalTime startTime, String title, String speaker,
		String speakerOrganisation) {
}
