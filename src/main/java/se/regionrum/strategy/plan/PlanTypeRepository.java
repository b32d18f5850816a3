package se.regionrum.strategy.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PlanTypeRepository extends ListCrudRepository<PlanType, Long> {

	Optional<PlanType> findByCode(String code);

	Optional<PlanType> findByNameIgnoreCase(String name);

	List<PlanType> findAllByOrderByPositionAscNameAsc();

}
