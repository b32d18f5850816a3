package se.regionrum.followup.programme;

import java.time.LocalDate;
import java.util.List;

/** What a programme is made of, as the page form and the API both hand it to the service. */
public record ProgrammeCommand(ProgrammeKind kind, String name, String summary, String purpose, String goals,
		LocalDate startDate, LocalDate endDate, ProgrammeStatus status, Long ownerOrganisationId,
		Long contactPersonId, Long workingGroupId, String dissemination, boolean published, List<Long> goalIds,
		List<Partner> partners, List<String> results, List<String> lessons, List<Measure> measures,
		List<Long> outcomeIds) {

	public ProgrammeCommand {
		goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
		partners = partners == null ? List.of() : List.copyOf(partners);
		results = results == null ? List.of() : List.copyOf(results);
		lessons = lessons == null ? List.of() : List.copyOf(lessons);
		measures = measures == null ? List.of() : List.copyOf(measures);
		outcomeIds = outcomeIds == null ? List.of() : List.copyOf(outcomeIds);
	}

}
