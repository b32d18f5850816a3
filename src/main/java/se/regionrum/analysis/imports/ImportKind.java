package se.regionrum.analysis.imports;

/** What an uploaded file becomes: a population grid, a set of service points or a road network. */
public enum ImportKind {

	GRID, POINTS, NETWORK

}
