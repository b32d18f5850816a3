package se.regionrum.analysis.network;

import java.util.Locale;
import java.util.Optional;

/**
 * How people travel in an analysis: by car, on foot or by bike. A network read from OSM is built
 * with its mode's {@link WayProfile} and keeps the mode; a run inherits it from its network, and
 * the mode sets the default speed of the stretch between a place and the nearest node.
 */
public enum TravelMode {

	CAR(20), WALK(5), BIKE(15);

	private final double connectorSpeedKmh;

	TravelMode(double connectorSpeedKmh) {
		this.connectorSpeedKmh = connectorSpeedKmh;
	}

	/** The default speed between a place and the network: a car on a drive or parking, a walker, a cyclist on the yard. */
	public double connectorSpeedKmh() {
		return connectorSpeedKmh;
	}

	/** The OSM profile of this mode, with its default speeds. */
	public WayProfile profile() {
		return switch (this) {
			case CAR -> CarProfile.defaults();
			case WALK -> new WalkingProfile();
			case BIKE -> new CyclingProfile();
		};
	}

	/** Lower-case code, as the command line and forms write it ({@code car}, {@code walk}, {@code bike}). */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The mode a code names, in any case; empty for anything else. */
	public static Optional<TravelMode> parse(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (TravelMode mode : values()) {
			if (mode.name().equalsIgnoreCase(code.strip())) {
				return Optional.of(mode);
			}
		}
		return Optional.empty();
	}

}
