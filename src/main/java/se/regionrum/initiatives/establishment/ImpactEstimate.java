package se.regionrum.initiatives.establishment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The impact of an establishment per municipality and year, computed from its stated assumptions.
 * All figures are the level reached in that year (not the change from the year before):
 * <pre>
 * f(y)         = min(1, (y − first year of operation + 1) / ramp-up years)
 * direct jobs  = direct jobs × f(y)                              (in the host municipality)
 * total jobs   = direct jobs(y) × (1 + indirect job multiplier)
 * households   = total jobs(y) × share moving in                 (one job-holder per household)
 * inhabitants  = households × household size
 * housing      = households × housing units per household
 * school places= inhabitants × school places per 1,000 / 1,000
 * power (MW)   = establishment's demand × f(y) (host only) + households × household kW / 1,000
 * </pre>
 * Households, inhabitants, housing, school places and household power are split over the
 * municipalities by the settlement shares.
 */
public final class ImpactEstimate {

	private ImpactEstimate() {
	}

	/** One municipality in one year. */
	public record Row(int year, long municipalityId, double directJobs, double totalJobs, double households,
			double inhabitants, double housingUnits, double schoolPlaces, double powerMw) {
	}

	/**
	 * The estimate from the first year of operation until the ramp-up is complete, plus one year.
	 * Without a date of operation, the construction end (or this year) stands in for it.
	 */
	public static List<Row> compute(Establishment e, Map<Long, Double> shares, Assumptions a) {
		LocalDate start = e.operationStartsOn() != null ? e.operationStartsOn()
				: e.constructionEndsOn() != null ? e.constructionEndsOn() : LocalDate.now();
		int firstYear = start.getYear();
		int ramp = Math.max(1, a.rampUpYears());
		List<Row> rows = new ArrayList<>();
		for (int year = firstYear; year <= firstYear + ramp; year++) {
			double f = Math.min(1.0, (year - firstYear + 1) / (double) ramp);
			double direct = e.directJobs() * f;
			double total = direct * (1 + a.indirectJobMultiplier());
			double households = total * a.shareMovingIn();
			List<Long> municipalities = new ArrayList<>(shares.keySet());
			if (!municipalities.contains(e.municipalityId())) {
				municipalities.add(e.municipalityId());
			}
			municipalities.sort(Comparator.naturalOrder());
			for (long m : municipalities) {
				double share = shares.getOrDefault(m, 0.0);
				boolean host = m == e.municipalityId();
				double h = households * share;
				double inhabitants = h * a.householdSize();
				rows.add(new Row(year, m, host ? direct : 0, host ? total : 0, h, inhabitants,
						h * a.housingUnitsPerHousehold(), inhabitants * a.schoolPlacesPerThousand() / 1000.0,
						(host ? e.powerDemandMw() * f : 0) + h * a.householdPowerKw() / 1000.0));
			}
		}
		return rows;
	}

	/** The settlement shares by municipality; all in the host municipality when none are stated. */
	public static Map<Long, Double> shares(Establishment e) {
		Map<Long, Double> shares = new java.util.TreeMap<>();
		e.settlements().forEach(s -> shares.put(s.organisationId(), s.share()));
		if (shares.isEmpty()) {
			shares.put(e.municipalityId(), 1.0);
		}
		return shares;
	}

}
