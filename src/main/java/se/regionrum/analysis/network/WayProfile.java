package se.regionrum.analysis.network;

import java.util.function.Function;

/**
 * Which OSM ways a traveller of one {@link TravelMode} uses, how fast, and in which direction:
 * what {@link OsmRoadNetworkReader} asks of every way.
 */
public interface WayProfile {

	/** The speed in km/h along the way, or 0 when this mode does not use it. */
	double speedKmh(Function<String, String> tags);

	/** 1 when the way may only be travelled along its node order, -1 only against it, 0 both ways. */
	int direction(Function<String, String> tags);

	/** The message key for a file without a single way of this mode (its argument is the file name). */
	default String noWaysKey() {
		return "analysis.import.osm.noRoads";
	}

}
