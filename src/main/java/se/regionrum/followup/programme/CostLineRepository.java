package se.regionrum.followup.programme;

import org.springframework.data.repository.ListCrudRepository;

interface CostLineRepository extends ListCrudRepository<CostLine, Long> {

	java.util.List<CostLine> findByProgrammeIdOrderByCostYearAscIdAsc(long programmeId);

	boolean existsByCostKindId(long costKindId);

}
