package se.regionrum.analysis.engine;

/**
 * How cells and points attach to the road network, and what counts as far.
 *
 * @param cellSnapMeters a cell attaches to the nearest routable node within this straight-line distance, or counts as without road access
 * @param pointSnapMeters the same for service points; a point further away is left out of the analysis and reported
 * @param connectorSpeedKmh speed on the straight stretch between a place and its node (driveway, track, walk to the car)
 * @param thresholdMinutes the limits for "pushed past" counts, ascending
 * @param threads searches run in parallel, one service type per thread
 */
public record EngineSettings(double cellSnapMeters, double pointSnapMeters, double connectorSpeedKmh,
		int[] thresholdMinutes, int threads) {

	public static EngineSettings defaults() {
		return new EngineSettings(1000, 500, 20, new int[] { 10, 20, 30 },
				Runtime.getRuntime().availableProcessors());
	}

	public EngineSettings {
		if (!(cellSnapMeters >= 0) || !(pointSnapMeters >= 0)) {
			throw new IllegalArgumentException("snap distances must be zero or more");
		}
		if (!(connectorSpeedKmh > 0)) {
			throw new IllegalArgumentException("connector speed must be above zero");
		}
		for (int i = 0; i < thresholdMinutes.length; i++) {
			if (thresholdMinutes[i] <= 0 || (i > 0 && thresholdMinutes[i] <= thresholdMinutes[i - 1])) {
				throw new IllegalArgumentException("thresholds must be positive and ascending");
			}
		}
		threads = Math.max(1, threads);
	}

	public EngineSettings withThreads(int count) {
		return new EngineSettings(cellSnapMeters, pointSnapMeters, connectorSpeedKmh, thresholdMinutes, count);
	}

	/** Deciseconds to cover a straight stretch at the connector speed. */
	int connectorTime(double meters) {
		return (int) Math.round(meters / (connectorSpeedKmh / 3.6) * 10);
	}
}
