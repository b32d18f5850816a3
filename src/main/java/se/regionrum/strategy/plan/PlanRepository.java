package se.regionrum.strategy.plan;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface PlanRepository extends ListCrudRepository<Plan, Long> {

	List<Plan> findByOrganisationIdAndPlanTypeId(Long organisationId, Long planTypeId);

	long countByPlanTypeId(Long planTypeId);

}
