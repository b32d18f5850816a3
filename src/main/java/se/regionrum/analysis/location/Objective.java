package se.regionrum.analysis.location;

/** What the chosen sites are chosen for. */
public enum Objective {

	/** Least total person-minutes to the nearest point (p-median). */
	MEDIAN,

	/** Most people within the cover time of a point (maximal covering). */
	COVER

}
