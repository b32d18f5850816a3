package se.regionrum.indicators;

/**
 * One value of an indicator for an area, a year and a gender.
 *
 * @param value {@code null} when the value is missing
 * @param example an illustrative value (exempeldata), not a published figure: pages and exports say so
 */
public record IndicatorValue(long indicatorId, String areaCode, int year, Gender gender, Double value,
		ValueStatus status, boolean example) {

	public boolean present() {
		return value != null;
	}

}
