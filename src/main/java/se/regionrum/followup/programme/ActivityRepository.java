package se.regionrum.followup.programme;

import org.springframework.data.repository.ListCrudRepository;

interface ActivityRepository extends ListCrudRepository<Activity, Long> {

	java.util.List<Activity> findByProgrammeIdOrderByActivityDateAscIdAsc(long programmeId);

}
