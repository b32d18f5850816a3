package se.regionrum.analysis.run;

import java.util.List;

import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.EngineTime;

/**
 * The band limits every view of a run shares (the summaries, their table and chart, the CSV and
 * the map's classes), kept here once so that a band on the map is the same band in the table.
 */
final class Bands {

	/** Upper limits of the travel-time bands in minutes; a last band holds everything beyond. */
	static final List<Integer> MINUTES = List.of(10, 20, 30);

	/** Upper limits of the road-distance bands in kilometres; the summaries also count people beyond each. */
	static final List<Integer> KM = List.of(5, 10, 20);

	/**
	 * The class of an unreachable cell, after the four bands; the stored time bands, the legends and
	 * the colours have four bands, so both lists hold three limits.
	 */
	static final int UNREACHABLE = 4;

	private Bands() {
	}

	/** Band 0..limits.size() of a time in deciseconds, or {@link #UNREACHABLE}. */
	static int ofTime(int deciseconds) {
		return deciseconds == Accessibility.UNREACHABLE ? UNREACHABLE : band(deciseconds, MINUTES, EngineTime.DECISECONDS_PER_MINUTE);
	}

	/** Band 0..limits.size() of a road distance in metres, or {@link #UNREACHABLE}. */
	static int ofMeters(int meters) {
		return meters == Accessibility.UNREACHABLE ? UNREACHABLE : band(meters, KM, 1000);
	}

	private static int band(int value, List<Integer> limits, int unit) {
		for (int i = 0; i < limits.size(); i++) {
			if (value <= (long) limits.get(i) * unit) {
				return i;
			}
		}
		return limits.size();
	}

}
