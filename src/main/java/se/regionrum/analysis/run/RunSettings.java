package se.regionrum.analysis.run;

import java.util.List;

import se.regionrum.analysis.engine.EngineSettings;

/**
 * The engine settings a run used, stored with it as JSON so that it can be run again.
 *
 * @param cellSnapMeters how far a cell centre may lie from the road network
 * @param pointSnapMeters how far a service point may lie from it
 * @param connectorSpeedKmh speed between a place and the road
 * @param thresholdMinutes the limits beyond which people count as far, ascending
 */
public record RunSettings(double cellSnapMeters, double pointSnapMeters, double connectorSpeedKmh,
		List<Integer> thresholdMinutes) {

	public static RunSettings defaults() {
		EngineSettings d = EngineSettings.defaults();
		return new RunSettings(d.cellSnapMeters(), d.pointSnapMeters(), d.connectorSpeedKmh(), List.of(10, 20, 30));
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
