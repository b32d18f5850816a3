package se.regionrum.indicators.indicator;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.ValueStatus;

/**
 * One value in the REST API.
 *
 * @param value {@code null} when missing
 * @param example an illustrative value (exempeldata), not a published figure
 */
public record IndicatorValueResponse(String areaCode, String areaName, int year, Gender gender, Double value,
		ValueStatus status, boolean example) {

	static IndicatorValueResponse of(IndicatorValue v, String areaName) {
		return new IndicatorValueResponse(v.areaCode(), areaName, v.year(), v.gender(), v.value(), v.status(),
				v.example());
	}

}
