package se.regionrum.initiatives.initiative;

import org.springframework.data.repository.ListCrudRepository;

interface InitiativeRepository extends ListCrudRepository<Initiative, Long> {

}
