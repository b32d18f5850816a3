package se.regionrum.indicators.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.GoalIndicator;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.Indicators;

/** The module's {@link Indicators} API, answered by {@link IndicatorQueries}. */
@Component
class IndicatorsAdapter implements Indicators {

	private final IndicatorQueries queries;

	IndicatorsAdapter(IndicatorQueries queries) {
		this.queries = queries;
	}

	@Override
	public Optional<IndicatorRef> find(long id) {
		return queries.find(id);
	}

	@Override
	public List<IndicatorRef> all() {
		return queries.all();
	}

	@Override
	public Map<Long, IndicatorRef> findAll(Collection<Long> ids) {
		return queries.findAll(ids);
	}

	@Override
	public List<GoalIndicator> linksOfGoals(Collection<Long> goalIds) {
		return queries.linksOfGoals(goalIds);
	}

	@Override
	public List<GoalIndicator> linksOfIndicator(long indicatorId) {
		return queries.linksOfIndicator(indicatorId);
	}

	@Override
	public Map<Long, List<IndicatorValue>> series(Collection<Long> indicatorIds, String areaCode, Gender gender) {
		return queries.series(indicatorIds, areaCode, gender);
	}

	@Override
	public List<IndicatorValue> values(long indicatorId, Collection<String> areaCodes, Gender gender) {
		return queries.values(indicatorId, areaCodes, gender);
	}

	@Override
	public List<IndicatorValue> valuesOfYear(long indicatorId, int year, Gender gender) {
		return queries.valuesOfYear(indicatorId, year, gender);
	}

	@Override
	public List<Integer> years(long indicatorId) {
		return queries.years(indicatorId);
	}

}
