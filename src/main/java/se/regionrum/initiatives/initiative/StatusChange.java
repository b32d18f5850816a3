package se.regionrum.initiatives.initiative;

import java.time.Instant;
import java.time.LocalDate;

import se.regionrum.initiatives.InitiativeStatus;

/** One step of an initiative's status history; {@code from} is {@code null} for the first. */
public record StatusChange(InitiativeStatus from, InitiativeStatus to, LocalDate changedOn, Instant changedAt,
		String changedBy, String note) {
}
