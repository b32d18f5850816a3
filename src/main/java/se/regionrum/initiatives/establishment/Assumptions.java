package se.regionrum.initiatives.establishment;

/**
 * The stated assumptions of an impact estimate; anyone reading the estimate sees them next to it.
 *
 * @param indirectJobMultiplier indirect (and induced) jobs per direct job, e.g. 0.5
 * @param shareMovingIn the share of all new jobs taken by people who move into the region, 0–1
 * @param householdSize people per household moving in
 * @param housingUnitsPerHousehold housing units needed per household moving in
 * @param schoolPlacesPerThousand school places (förskola and grundskola) per 1,000 inhabitants
 * @param householdPowerKw electric power per household moving in, in kW
 * @param rampUpYears years from the start of operation until all direct jobs are there (at least 1)
 */
public record Assumptions(double indirectJobMultiplier, double shareMovingIn, double householdSize,
		double housingUnitsPerHousehold, double schoolPlacesPerThousand, double householdPowerKw, int rampUpYears) {

	/** Cautious starting values; every establishment states its own. */
	public static Assumptions defaults() {
		return new Assumptions(0.5, 0.6, 2.2, 1.0, 180, 5, 3);
	}

}
