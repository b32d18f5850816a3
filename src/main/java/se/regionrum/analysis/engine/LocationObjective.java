package se.regionrum.analysis.engine;

/**
 * What a choice of new service points should achieve, as a cost per person that only grows with
 * the person's time: the total of these costs is what {@link SiteSelection} lowers.
 * <ul>
 * <li>{@link #medianTime()}: least total person-time (the p-median problem). A person's cost is
 * the time, but no more than {@code limitTime}; people who reach no point cost the limit too, so
 * that reaching them counts and the sum stays finite.</li>
 * <li>{@link #coverWithin(int)}: most people within {@code limitTime} (maximal covering). A
 * person's cost is 1 beyond the limit and 0 within it.</li>
 * </ul>
 * Both costs are the same function of the time for every point, so the gain of an added point is
 * submodular: what makes lazy greedy exact and the interchange bounds valid.
 */
public record LocationObjective(boolean covering, int limitTime) {

	/** The cap of the median objective when none is given: the longest threshold the settings allow. */
	public static final int DEFAULT_MEDIAN_CAP_MINUTES = EngineSettings.MAX_THRESHOLD_MINUTES;

	public LocationObjective {
		if (limitTime <= 0 || limitTime >= NearestTwoSearch.INFINITE) {
			throw new IllegalArgumentException("the objective's limit must be a positive time");
		}
	}

	public static LocationObjective medianTime() {
		return medianTime(DEFAULT_MEDIAN_CAP_MINUTES);
	}

	/** Least person-time, each person counted with at most {@code capMinutes}. */
	public static LocationObjective medianTime(int capMinutes) {
		return new LocationObjective(false, EngineTime.fromMinutes(capMinutes));
	}

	/** Most people within {@code minutes} of a point of the type. */
	public static LocationObjective coverWithin(int minutes) {
		return new LocationObjective(true, EngineTime.fromMinutes(minutes));
	}

	/** One person's cost at this time ({@link NearestTwoSearch#INFINITE} where no point is reached). */
	public long cost(int time) {
		if (covering) {
			return time <= limitTime ? 0 : 1;
		}
		return time >= limitTime ? limitTime : time;
	}

	/**
	 * Node times from here on cannot change any cell's cost (a cell's time is its node's plus a
	 * connector), so searches stop there.
	 */
	int searchLimit() {
		return covering ? limitTime + 1 : limitTime;
	}
}
