package se.regionrum.followup.mapcomposer;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface MapCompositionRepository extends ListCrudRepository<MapComposition, Long> {

	List<MapComposition> findAllByOrderByTitleAsc();

	List<MapComposition> findAllByPublishedTrueOrderByTitleAsc();

}
