package se.regionrum.initiatives;

import java.util.List;

/** Large establishments as other modules see them, e.g. on a composed map. Visitors see published ones only. */
public interface Establishments {

	/** Every establishment the current user may see that has a place, largest (direct jobs) first. */
	List<EstablishmentPlace> placed();

	/** @param municipalityId the organisation id of the municipality it is in */
	record EstablishmentPlace(long id, String company, String sector, long municipalityId, double latitude,
			double longitude, int directJobs) {
	}

}
