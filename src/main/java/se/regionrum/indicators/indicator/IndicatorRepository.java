package se.regionrum.indicators.indicator;

import org.springframework.data.repository.ListCrudRepository;

interface IndicatorRepository extends ListCrudRepository<Indicator, Long> {

	boolean existsByCodeIgnoreCase(String code);

	boolean existsByCodeIgnoreCaseAndIdNot(String code, long id);

}
