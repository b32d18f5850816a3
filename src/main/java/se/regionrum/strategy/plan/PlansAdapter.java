package se.regionrum.strategy.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.strategy.PlanCoverage;
import se.regionrum.strategy.PlanStatus;
import se.regionrum.strategy.Plans;
import se.regionrum.strategy.plan.PlanQueries.TypeName;

/** The strategy module's plan figures for other modules, each in one query. */
@Component
class PlansAdapter implements Plans {

	private final PlanQueries queries;

	private final Organisations organisations;

	PlansAdapter(PlanQueries queries, Organisations organisations) {
		this.queries = queries;
		this.organisations = organisations;
	}

	@Override
	public Optional<PlanCoverage> coverage(String planTypeCode, LocalDate asOf, String countyCode) {
		Optional<TypeName> type = queries.typeName(planTypeCode);
		if (type.isEmpty()) {
			return Optional.empty();
		}
		Set<Long> municipalities = organisations.municipalities().stream()
			.filter(m -> countyCode == null || countyCode.isBlank() || countyCode.equals(m.countyCode()))
			.map(OrganisationRef::id)
			.collect(Collectors.toSet());
		long current = queries.organisationsWithCurrentPlan(planTypeCode, asOf).stream()
			.filter(municipalities::contains)
			.count();
		return Optional.of(new PlanCoverage(planTypeCode, type.get().name(), type.get().pluralName(), current,
				municipalities.size(), asOf));
	}

	@Override
	public List<PlanStatus> ofMunicipality(long organisationId) {
		return queries.ofMunicipality(organisationId);
	}

	@Override
	public Map<Long, Integer> currentPlanTypesByMunicipality(LocalDate asOf) {
		return queries.currentPlanTypesByMunicipality(asOf);
	}

}
