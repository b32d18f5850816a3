package se.regionrum.initiatives.obstacle;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ObstacleRepository extends ListCrudRepository<Obstacle, Long> {

	List<Obstacle> findByInitiativeIdOrderByIdentifiedOnAscIdAsc(long initiativeId);

}
