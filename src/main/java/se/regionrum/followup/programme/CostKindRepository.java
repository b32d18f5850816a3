package se.regionrum.followup.programme;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CostKindRepository extends ListCrudRepository<CostKind, Long> {

	List<CostKind> findAllByOrderByPositionAscIdAsc();

}
