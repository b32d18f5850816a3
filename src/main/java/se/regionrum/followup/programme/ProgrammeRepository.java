package se.regionrum.followup.programme;

import org.springframework.data.repository.ListCrudRepository;

interface ProgrammeRepository extends ListCrudRepository<Programme, Long> {

}
