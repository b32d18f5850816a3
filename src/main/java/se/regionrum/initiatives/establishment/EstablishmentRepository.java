package se.regionrum.initiatives.establishment;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface EstablishmentRepository extends ListCrudRepository<Establishment, Long> {

	List<Establishment> findAllByOrderByCompanyAsc();

}
