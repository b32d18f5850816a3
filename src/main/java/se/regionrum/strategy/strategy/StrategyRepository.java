package se.regionrum.strategy.strategy;

import org.springframework.data.repository.ListCrudRepository;

interface StrategyRepository extends ListCrudRepository<Strategy, Long> {

}
