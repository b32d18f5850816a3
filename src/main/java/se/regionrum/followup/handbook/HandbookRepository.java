package se.regionrum.followup.handbook;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface HandbookRepository extends ListCrudRepository<Handbook, Long> {

	List<Handbook> findAllByOrderByTitleAsc();

}
