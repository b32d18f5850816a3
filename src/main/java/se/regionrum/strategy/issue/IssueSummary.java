package se.regionrum.strategy.issue;

import java.time.Instant;

/** A row of the issue register and of the classification view. */
public record IssueSummary(long id, String title, long ownerOrganisationId, String ownerName, Answer placeBound,
		Answer regionalLevel, RegionRole regionRole, String regionAspect, boolean published, long goalCount,
		long municipalityCount, Instant updatedAt) {

	public IssueClass classification() {
		return IssueClass.of(placeBound, regionalLevel);
	}

}
