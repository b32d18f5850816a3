package se.regionrum.actors.organisation;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	Optional<Organisation> findByScbCode(String scbCode);

	Optional<Organisation> findByNameIgnoreCase(String name);

}
