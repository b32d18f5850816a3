package se.regionrum.followup.programme;

import java.time.LocalDate;
import java.util.List;

/** A programme with its parts, as the API returns it. */
public record ProgrammeResponse(long id, ProgrammeKind kind, String name, String summary, String purpose,
		String goals, LocalDate startDate, LocalDate endDate, ProgrammeStatus status, long ownerOrganisationId,
		Long contactPersonId, Long workingGroupId, String dissemination, boolean published, List<Long> goalIds,
		List<Partner> partners, List<String> results, List<String> lessons, List<Measure> measures,
		List<Long> outcomeIds, List<ActionArea> actionAreas) {
}
