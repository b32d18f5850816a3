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

	/** Limits that keep every time and count inside an int, with room to spare. */
	public static final double MAX_SNAP_METERS = 5000;
	public static final double MIN_CONNECTOR_KMH = 1;
	public static final double MAX_CONNECTOR_KMH = 130;
	public static final int MAX_THRESHOLD_MINUTES = 600;
	public static final int MAX_THRESHOLDS = 10;

	public EngineSettings {
		if (!(cellSnapMeters >= 0 && cellSnapMeters <= MAX_SNAP_METERS)
				|| !(pointSnapMeters >= 0 && pointSnapMeters <= MAX_SNAP_METERS)) {
			throw new IllegalArgumentException("snap distances must be between 0 and " + MAX_SNAP_METERS + " m");
		}
		if (!(connectorSpeedKmh >= MIN_CONNECTOR_KMH && connectorSpeedKmh <= MAX_CONNECTOR_KMH)) {
			throw new IllegalArgumentException(
					"connector speed must be between " + MIN_CONNECTOR_KMH + " and " + MAX_CONNECTOR_KMH + " km/h");
		}
		if (thresholdMinutes.length > MAX_THRESHOLDS) {
			throw new IllegalArgumentException("at most " + MAX_THRESHOLDS + " thresholds");
		}
		for (int i = 0; i < thresholdMinutes.length; i++) {
			if (thresholdMinutes[i] <= 0 || thresholdMinutes[i] > MAX_THRESHOLD_MINUTES
					|| (i > 0 && thresholdMinutes[i] <= thresholdMinutes[i - 1])) {
				throw new IllegalArgumentException(
						"thresholds must be ascending whole minutes between 1 and " + MAX_THRESHOLD_MINUTES);
			}
		}
		threads = Math.max(1, threads);
	}

	public EngineSettings withThreads(int count) {
		return new EngineSettings(cellSnapMeters, pointSnapMeters, connectorSpeedKmh, thresholdMinutes, count);
	}

	/** {@link EngineTime} units to cover a straight stretch at the connector speed. */
	int connectorTime(double meters) {
		return (int) EngineTime.fromSeconds(meters / (connectorSpeedKmh / 3.6));
	}
}
