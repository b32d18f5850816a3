package se.regionrum.dialogue.note;

import java.time.OffsetDateTime;

/** A note from a dialogue or an interview. Internal: signed-in users only. */
public record MeetingNote(long id, long meetingId, String body, String createdBy, OffsetDateTime createdAt) {
}
