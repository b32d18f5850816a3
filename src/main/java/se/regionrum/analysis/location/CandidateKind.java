package se.regionrum.analysis.location;

/** Where the candidate sites come from. */
public enum CandidateKind {

	/** The centre of every populated cell of the run's grid. */
	CELLS,

	/** A list the user uploaded (CSV of x, y and name in SWEREF 99 TM). */
	UPLOADED,

	/** Places the user clicked on the map or typed in. */
	DRAWN,

	/**
	 * The road nodes of settlements: junctions of the road network in cells with at least a minimum
	 * population, the sites on the nodes themselves ({@link RoadJunctions}).
	 */
	ROAD_JUNCTIONS

}
