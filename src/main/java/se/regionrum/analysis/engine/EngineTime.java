package se.regionrum.analysis.engine;

/**
 * The engine's unit of time: milliseconds. Edge times, search labels and cell times are ints of this
 * unit; every conversion to seconds or minutes goes through here, so the unit is set in one place.
 * <p>
 * An int of milliseconds ends at about 24.8 days ({@link NearestTwoSearch#INFINITE}); a route past
 * it counts as unreachable. Stored run results keep deciseconds (their format predates the change
 * to milliseconds), so the conversions for them live here too.
 */
public final class EngineTime {

	/** Units per second. */
	public static final int UNITS_PER_SECOND = 1000;

	/** Units per minute. */
	public static final int UNITS_PER_MINUTE = 60 * UNITS_PER_SECOND;

	/** Units per decisecond, the unit stored run results and old graph files hold. */
	public static final int UNITS_PER_DECISECOND = UNITS_PER_SECOND / 10;

	/** Deciseconds per minute, for stored run results. */
	public static final int DECISECONDS_PER_MINUTE = 600;

	private EngineTime() {
	}

	/** Whole units of a time in seconds, rounded to nearest. */
	public static long fromSeconds(double seconds) {
		return Math.round(seconds * UNITS_PER_SECOND);
	}

	/** Units of whole minutes (a threshold). */
	public static int fromMinutes(int minutes) {
		return Math.multiplyExact(minutes, UNITS_PER_MINUTE);
	}

	/** Units of a time in deciseconds (a graph file of the old format). */
	public static int fromDeciseconds(int deciseconds) {
		return Math.multiplyExact(deciseconds, UNITS_PER_DECISECOND);
	}

	public static double toSeconds(long units) {
		return units / (double) UNITS_PER_SECOND;
	}

	public static double toMinutes(long units) {
		return units / (double) UNITS_PER_MINUTE;
	}

	/**
	 * Deciseconds of a time, rounded to nearest (half up), for stored run results;
	 * {@link Accessibility#UNREACHABLE} stays what it is.
	 */
	public static int toDeciseconds(int units) {
		if (units == Accessibility.UNREACHABLE) {
			return Accessibility.UNREACHABLE;
		}
		return (int) ((units + UNITS_PER_DECISECOND / 2L) / UNITS_PER_DECISECOND);
	}

	/** Every time of a column in deciseconds, as {@link #toDeciseconds(int)}. */
	public static int[] toDeciseconds(int[] units) {
		int[] deciseconds = new int[units.length];
		for (int i = 0; i < units.length; i++) {
			deciseconds[i] = toDeciseconds(units[i]);
		}
		return deciseconds;
	}

	/** Minutes of a stored time in deciseconds. */
	public static double decisecondsToMinutes(long deciseconds) {
		return deciseconds / (double) DECISECONDS_PER_MINUTE;
	}
}
