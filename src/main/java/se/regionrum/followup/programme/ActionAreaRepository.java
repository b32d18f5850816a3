package se.regionrum.followup.programme;

import org.springframework.data.repository.ListCrudRepository;

interface ActionAreaRepository extends ListCrudRepository<ActionArea, Long> {

	java.util.List<ActionArea> findByProgrammeIdOrderByPositionAscIdAsc(long programmeId);

}
