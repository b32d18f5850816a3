package se.regionrum.dialogue;

import java.time.LocalTime;

/** A point of a meeting's agenda as other modules see it, e.g. to attach a map to it. */
public record AgendaItemRef(long id, long meetingId, LocalTime startTime, String title) {
}
