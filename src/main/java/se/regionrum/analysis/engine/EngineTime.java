package se.regionrum.analysis.engine;

/**
 * The engine's unit of time. Edge times, search labels and cell times are ints of this unit;
 * every conversion to seconds or minutes goes through here, so the unit is set in one place.
 */
public final class EngineTime {

	/** Units per second. */
	public static final int UNITS_PER_SECOND = 10;

	private EngineTime() {
	}

	/** Whole units of a time in seconds, rounded to nearest. */
	public static long fromSeconds(double seconds) {
		return Math.round(seconds * UNITS_PER_SECOND);
	}

	/** Units of whole minutes (a threshold). */
	public static int fromMinutes(int minutes) {
		return Math.multiplyExact(minutes, 60 * UNITS_PER_SECOND);
	}

	public static double toSeconds(long units) {
		return units / (double) UNITS_PER_SECOND;
	}

	public static double toMinutes(long units) {
		return units / (60.0 * UNITS_PER_SECOND);
	}
}
