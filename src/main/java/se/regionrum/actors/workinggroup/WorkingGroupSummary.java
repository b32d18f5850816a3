package se.regionrum.actors.workinggroup;

import java.time.LocalDate;

/** A row of the list of groups. */
public record WorkingGroupSummary(long id, String name, WorkingGroupKind kind, long ownerOrganisationId,
		String ownerName, LocalDate startedOn, LocalDate endedOn, long memberCount) {
}
