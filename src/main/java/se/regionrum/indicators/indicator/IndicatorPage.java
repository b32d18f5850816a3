package se.regionrum.indicators.indicator;

import java.util.List;
import java.util.Map;

import se.regionrum.indicators.Area;
import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.strategy.GoalRef;

/**
 * What the indicator page shows: the indicator, its goals with targets, and the values of the region's
 * municipalities, the region and the country for the chosen gender, as chart data and as tables.
 *
 * @param areas the rows of the time-series table: the municipalities, then the region and the country
 * @param selected the municipalities drawn in the time-series chart
 * @param table area code to its values by year (missing years absent)
 * @param ranking the municipalities' values in {@code year}, best first
 * @param breaks the class limits of the choropleth (ascending, one fewer than the classes)
 * @param example whether any value shown is an example value (exempeldata)
 * @param referencesInChart whether the county and the country are drawn in the chart over time: not for sums
 *        (population), whose county and country values dwarf the municipalities'
 * @param decimals the fraction digits the values are shown with
 * @param chartJson the same figures for indicator-charts.js and map.js
 */
public record IndicatorPage(IndicatorRef indicator, List<Goal> goals, List<Gender> genders, Gender gender,
		List<Integer> years, Integer year, List<Area> areas, List<String> selected, Area region, Area country,
		Map<String, Map<Integer, IndicatorValue>> table, List<Ranked> ranking, IndicatorValue regionValue,
		IndicatorValue countryValue, List<Double> breaks, boolean example, boolean provisional, boolean missing,
		boolean referencesInChart, int decimals, String chartJson, String mapJson) {

	/** A goal link with the goal's label; {@code goal} is null when the goal no longer exists. */
	public record Goal(long goalId, GoalRef goal, Double targetValue, Integer targetYear) {

		/** The values' fraction digits, or more when the target has them (8,5 stays 8,5 beside whole numbers). */
		public int targetDecimals(int valueDecimals) {
			if (targetValue == null) {
				return valueDecimals;
			}
			int scale = java.math.BigDecimal.valueOf(targetValue).stripTrailingZeros().scale();
			return Math.max(valueDecimals, Math.min(Math.max(scale, 0), 3));
		}

	}

	/** A municipality's value in the comparison year, with its place (1 = best) and choropleth class. */
	public record Ranked(int rank, Area area, IndicatorValue value, int mapClass) {
	}

	public boolean hasValues() {
		return !years.isEmpty();
	}

	public IndicatorValue value(String areaCode, int year) {
		Map<Integer, IndicatorValue> row = table.get(areaCode);
		return row == null ? null : row.get(year);
	}

	public boolean isSelected(String areaCode) {
		return selected.contains(areaCode);
	}

}
