package se.regionrum.dialogue.note;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * That a note was taken up as a development initiative (and an obstacle, if named), as the note's
 * page shows it; the initiatives module creates them from the event and links them back by the note's id.
 *
 * @param obstacleTitle {@code null} when no obstacle was named
 * @param takenUpBy the username, {@code null} for take-ups from before this record was kept
 */
@Table
public record NoteTakeUp(@Id Long id, long noteId, String title, String obstacleTitle, String takenUpBy,
		Instant takenUpAt) {
}
