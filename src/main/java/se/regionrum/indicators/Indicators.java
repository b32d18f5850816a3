package se.regionrum.indicators;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators and their values, for other modules' pages and maps. Read-only; each method is
 * one query whatever the size of its arguments, so that a page with many goals and indicators
 * costs a fixed number of statements.
 */
public interface Indicators {

	Optional<IndicatorRef> find(long id);

	/** Every indicator, by name. */
	List<IndicatorRef> all();

	/** The indicators with the given ids, by id. */
	Map<Long, IndicatorRef> findAll(Collection<Long> ids);

	/** The links of the given goals to indicators, with their targets. */
	List<GoalIndicator> linksOfGoals(Collection<Long> goalIds);

	/** The links of one indicator to goals. */
	List<GoalIndicator> linksOfIndicator(long indicatorId);

	/**
	 * The values of the given indicators for one area and gender, every year, by indicator id and in
	 * year order. Missing values are included with a {@code null} value.
	 */
	Map<Long, List<IndicatorValue>> series(Collection<Long> indicatorIds, String areaCode, Gender gender);

	/** The values of one indicator for the given areas (all when empty), every year, in area and year order. */
	List<IndicatorValue> values(long indicatorId, Collection<String> areaCodes, Gender gender);

	/** The values of one indicator for every area in one year. */
	List<IndicatorValue> valuesOfYear(long indicatorId, int year, Gender gender);

	/** The years that have at least one value of the indicator, ascending. */
	List<Integer> years(long indicatorId);

}
