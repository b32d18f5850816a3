package se.regionrum.actors.workinggroup;

import org.springframework.data.repository.ListCrudRepository;

interface WorkingGroupRepository extends ListCrudRepository<WorkingGroup, Long> {

}
