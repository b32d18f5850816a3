package se.regionrum.actors.organisation;

import se.regionrum.actors.OrganisationKind;

/** A row of the organisation list. */
public record OrganisationSummary(long id, String name, OrganisationKind kind, String scbCode, String countyCode,
		Integer population, String centralTown, long peopleCount, boolean hasBoundary) {
}
