package se.regionrum.followup.method;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface WorkingMethodRepository extends ListCrudRepository<WorkingMethod, Long> {

	List<WorkingMethod> findAllByOrderByTitleAsc();

	boolean existsByTitleIgnoreCase(String title);

}
