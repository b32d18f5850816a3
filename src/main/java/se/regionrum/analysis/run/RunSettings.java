package se.regionrum.analysis.run;

import java.util.List;

import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.network.TravelMode;

/**
 * The engine settings a run used, stored with it as JSON so that it can be run again.
 *
 * @param cellSnapMeters how far a cell centre may lie from the road network
 * @param pointSnapMeters how far a service point may lie from it
 * @param connectorSpeedKmh speed between a place and the road; 0 until
 *        {@link #forMode} sets the travel mode's
 * @param thresholdMinutes the limits beyond which people count as far, ascending
 */
public record RunSettings(double cellSnapMeters, double pointSnapMeters, double connectorSpeedKmh,
		List<Integer> thresholdMinutes) {

	public static RunSettings defaults() {
		return defaults(TravelMode.CAR);
	}

	public static RunSettings defaults(TravelMode mode) {
		EngineSettings d = EngineSettings.defaults();
		return new RunSettings(d.cellSnapMeters(), d.pointSnapMeters(), mode.connectorSpeedKmh(), List.of(10, 20, 30));
	}

	/** These settings with the mode's connector speed where none was given. */
	RunSettings forMode(TravelMode mode) {
		return connectorSpeedKmh != 0 ? this
				: new RunSettings(cellSnapMeters, pointSnapMeters, mode.connectorSpeedKmh(), thresholdMinutes);
	}

	public RunSettings {
		thresholdMinutes = List.copyOf(thresholdMinutes);
	}

	/** The engine's form; throws IllegalArgumentException naming what is wrong. */
	EngineSettings engine(int threads) {
		return new EngineSettings(cellSnapMeters, pointSnapMeters, connectorSpeedKmh,
				thresholdMinutes.stream().mapToInt(Integer::intValue).toArray(), threads);
	}

}
