package se.regionrum.initiatives.municipality;

import java.util.List;
import java.util.Map;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.initiatives.coverage.CoverageMatrix;
import se.regionrum.initiatives.establishment.Establishment;
import se.regionrum.initiatives.establishment.ImpactEstimate;
import se.regionrum.initiatives.funding.FundingQueries;
import se.regionrum.initiatives.initiative.InitiativeSummary;
import se.regionrum.initiatives.obstacle.ObstacleRemover;
import se.regionrum.initiatives.obstacle.OpenObstacle;
import se.regionrum.platform.PageResult;
import se.regionrum.strategy.PlanStatus;

/** Everything the initiatives module knows about one municipality. */
public record MunicipalityOverview(OrganisationRef municipality, PageResult<InitiativeSummary> initiatives,
		Map<InitiativeStatus, Long> byStatus, Map<ObstacleRemover, List<OpenObstacle>> openObstacles,
		FundingQueries.Summary funding, List<CoverageMatrix.Row> goals, List<Establishment> establishments,
		Map<Long, List<ImpactEstimate.Row>> impacts, List<PlanStatus> plans) {

	public long openObstacleCount() {
		return openObstacles.values().stream().mapToLong(List::size).sum();
	}

}
