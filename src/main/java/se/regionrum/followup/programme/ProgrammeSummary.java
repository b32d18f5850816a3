package se.regionrum.followup.programme;

import java.time.LocalDate;

/** One line of the programme list. */
public record ProgrammeSummary(long id, ProgrammeKind kind, String name, ProgrammeStatus status, LocalDate startDate,
		LocalDate endDate, long ownerOrganisationId, boolean published, long activities, long spent) {
}
