package se.regionrum.indicators.indicator;

import se.regionrum.indicators.IndicatorRef;

/**
 * A row of the indicator list.
 *
 * @param goals how many strategy goals the indicator is linked to
 * @param firstYear the first year with a value, {@code null} without values
 * @param exampleValues whether any of its values are example values (exempeldata)
 */
public record IndicatorSummary(IndicatorRef indicator, int goals, Integer firstYear, Integer lastYear,
		boolean exampleValues) {
}
