package se.regionrum.analysis.location;

import java.util.List;

/**
 * A location analysis to start on a finished run.
 *
 * @param serviceType the type whose new points are placed
 * @param candidates where candidates come from; {@code sites} for {@link CandidateKind#UPLOADED} and {@link CandidateKind#DRAWN}
 * @param sites candidate sites in SWEREF 99 TM, at most {@link LocationService#MAX_SITES_LISTED}
 * @param siteCount how many new sites to choose, 1–20
 * @param objective what they are chosen for (default {@link Objective#MEDIAN})
 * @param coverMinutes the cover time, 1–600 (default the run's first limit)
 * @param municipalities choose only in these (empty: anywhere)
 * @param closablePoints seqs of the run's points of the type that may close (relocation)
 * @param minPopulation for {@link CandidateKind#ROAD_JUNCTIONS}: the least population of a cell whose
 *        junctions are candidates, 1–100 000 (default {@link RoadJunctions#DEFAULT_MIN_POPULATION})
 */
public record LocationRequest(String serviceType, CandidateKind candidates, List<Site> sites, Integer siteCount,
		Objective objective, Integer coverMinutes, List<Long> municipalities, List<Integer> closablePoints,
		Integer minPopulation) {

	public LocationRequest {
		sites = sites == null ? List.of() : List.copyOf(sites);
		municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
		closablePoints = closablePoints == null ? List.of() : List.copyOf(closablePoints);
	}

	/** A candidate site, SWEREF 99 TM. */
	public record Site(double x, double y, String name) {
	}

}
