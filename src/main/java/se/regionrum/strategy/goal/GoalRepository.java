package se.regionrum.strategy.goal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface GoalRepository extends ListCrudRepository<Goal, Long> {

	List<Goal> findByStrategyId(Long strategyId);

}
