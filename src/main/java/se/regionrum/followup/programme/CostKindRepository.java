package se.regionrum.followup.programme;

import org.springframework.data.repository.ListCrudRepository;

interface CostKindRepository extends ListCrudRepository<CostKind, Long> {

	java.util.List<CostKind> findAllByOrderByPositionAscIdAsc();

}
