package se.regionrum.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plan register as other modules see it (e.g. a municipality's overview page). Plans are public. */
public interface Plans {

	/** The municipality's planning reality today: every active plan type, in the register's order. */
	List<PlanStatus> ofMunicipality(long organisationId);

	/**
	 * How many of the region's municipalities had a current plan of the given type on a day, e.g.
	 * "14 of 15 municipalities have current service plans" for a programme's final report.
	 *
	 * @param planTypeCode the plan type's code, e.g. {@code SERVICEPLAN}
	 * @param countyCode only the municipalities of this county (the region's); {@code null}: all
	 * @return empty when there is no such plan type
	 */
	Optional<PlanCoverage> coverage(String planTypeCode, LocalDate asOf, String countyCode);

	/**
	 * Per municipality (organisation id), how many plan types of the register it had a current plan of
	 * on a day; municipalities with none are left out. One query.
	 */
	Map<Long, Integer> currentPlanTypesByMunicipality(LocalDate asOf);

}
