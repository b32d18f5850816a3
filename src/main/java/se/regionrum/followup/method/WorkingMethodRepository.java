package se.regionrum.followup.method;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface WorkingMethodRepository extends ListCrudRepository<WorkingMethod, Long> {

	List<WorkingMethod> findAllByOrderByTitleAsc();

	boolean existsByTitleIgnoreCase(String title);

	/** How many handbook chapters present the method (a method in use is not deleted). */
	@Query("select count(*) from handbook_chapter where method_id = :id")
	long countHandbookChapters(@Param("id") long id);

}
