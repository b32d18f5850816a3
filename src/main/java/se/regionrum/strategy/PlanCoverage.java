package se.regionrum.strategy;

import java.time.LocalDate;

/**
 * How many municipalities had a current plan of one type on a day.
 *
 * @param current municipalities with at least one plan of the type that counted as current on {@code asOf}
 * @param municipalities all municipalities of the register
 */
public record PlanCoverage(String planTypeCode, String planTypeName, String planTypePluralName, long current,
		long municipalities, LocalDate asOf) {
}
