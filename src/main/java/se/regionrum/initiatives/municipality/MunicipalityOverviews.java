package se.regionrum.initiatives.municipality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.initiatives.coverage.CoverageMatrix;
import se.regionrum.initiatives.coverage.CoverageQueries;
import se.regionrum.initiatives.coverage.GoalTree;
import se.regionrum.initiatives.establishment.Establishment;
import se.regionrum.initiatives.establishment.EstablishmentService;
import se.regionrum.initiatives.establishment.ImpactEstimate;
import se.regionrum.initiatives.funding.FundingQueries;
import se.regionrum.initiatives.initiative.InitiativeFilter;
import se.regionrum.initiatives.initiative.InitiativeQueries;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.initiatives.obstacle.ObstacleService;
import se.regionrum.platform.NotFoundException;
import se.regionrum.strategy.Plans;

/**
 * Collects a municipality's initiatives, open obstacles, funding, goal coverage and large
 * establishments with a fixed number of grouped queries. Plans come from the strategy module
 * once it offers them through its API.
 */
@Service
public class MunicipalityOverviews {

	static final int PAGE_SIZE = 25;

	private final Organisations organisations;

	private final InitiativeService initiatives;

	private final InitiativeQueries queries;

	private final ObstacleService obstacles;

	private final FundingQueries funding;

	private final CoverageQueries coverage;

	private final EstablishmentService establishments;

	private final Plans plans;

	MunicipalityOverviews(Organisations organisations, InitiativeService initiatives, InitiativeQueries queries,
			ObstacleService obstacles, FundingQueries funding, CoverageQueries coverage,
			EstablishmentService establishments, Plans plans) {
		this.organisations = organisations;
		this.plans = plans;
		this.initiatives = initiatives;
		this.queries = queries;
		this.obstacles = obstacles;
		this.funding = funding;
		this.coverage = coverage;
		this.establishments = establishments;
	}

	public OrganisationRef municipality(long id) {
		return organisations.find(id).filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
			.orElseThrow(() -> new NotFoundException("Municipality", id));
	}

	public MunicipalityOverview overview(long id, int page) {
		OrganisationRef municipality = municipality(id);
		InitiativeQueries.Criteria criteria = initiatives.criteria(InitiativeFilter.ofMunicipality(id));
		GoalTree tree = coverage.regionalGoals();
		CoverageMatrix matrix = coverage.matrix(criteria, tree, List.of(municipality));
		List<Establishment> concerning = establishments.concerning(id);
		Map<Long, List<ImpactEstimate.Row>> impacts = new LinkedHashMap<>();
		for (Establishment e : concerning) {
			impacts.put(e.id(), establishments.impact(e).stream().filter(r -> r.municipalityId() == id).toList());
		}
		return new MunicipalityOverview(municipality, queries.find(criteria, Math.max(page, 0), PAGE_SIZE),
				queries.countByStatus(criteria), obstacles.openByRemover(id), funding.summary(criteria, tree),
				matrix.rows(), concerning, impacts, plans.ofMunicipality(id));
	}

}
