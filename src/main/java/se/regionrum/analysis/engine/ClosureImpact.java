package se.regionrum.analysis.engine;

/**
 * What closing each service point would do, for every point at once, from each cell's nearest and
 * second-nearest point: the cells a point serves would turn to their second-nearest, so the point's
 * impact is the sum over those cells of the time they would lose. Arrays are indexed by point.
 * <p>
 * Everything is counted from the exact times of the search ({@link EngineTime} units), in long
 * sums: a rise of a few milliseconds counts as a rise, and no sum wraps for any population.
 */
public final class ClosureImpact {

	private final int[] thresholdMinutes;
	/** The thresholds in {@link EngineTime} units. */
	private final int[] thresholdTime;
	final long[] servedPopulation;
	/** People whose time would rise (including those left with no reachable point). */
	final long[] affectedPopulation;
	/** Person-time added ({@link EngineTime} units), over the people who still reach another point. */
	final long[] addedPersonTime;
	/** People who would reach no point of the type at all. */
	final long[] strandedPopulation;
	/** {@code [threshold][point]}: people within the limit now and beyond it after the closure. */
	final long[][] pushedPast;
	/** {@code [group][point]} and {@code [group][threshold][point]} where the grid has age groups. */
	final long[][] affectedByAge;
	final long[][][] pushedPastByAge;

	ClosureImpact(int pointCount, int[] thresholdMinutes, int ageGroups) {
		this.thresholdMinutes = thresholdMinutes.clone();
		this.thresholdTime = new int[thresholdMinutes.length];
		for (int i = 0; i < thresholdMinutes.length; i++) {
			thresholdTime[i] = EngineTime.fromMinutes(thresholdMinutes[i]);
		}
		servedPopulation = new long[pointCount];
		affectedPopulation = new long[pointCount];
		addedPersonTime = new long[pointCount];
		strandedPopulation = new long[pointCount];
		pushedPast = new long[thresholdMinutes.length][pointCount];
		affectedByAge = new long[ageGroups][pointCount];
		pushedPastByAge = new long[ageGroups][thresholdMinutes.length][pointCount];
	}

	/**
	 * Adds one cell: its nearest point and time, its second-nearest point and time (point -1 where
	 * none is reachable). Points of one type are only ever added from one thread.
	 */
	void add(int cell, Cells cells, int nearest, int time, int second, int secondTime) {
		if (nearest < 0) {
			return;
		}
		int people = cells.population()[cell];
		servedPopulation[nearest] += people;
		boolean stranded = second < 0;
		if (!stranded && secondTime <= time) {
			return;
		}
		affectedPopulation[nearest] += people;
		if (stranded) {
			strandedPopulation[nearest] += people;
		} else {
			addedPersonTime[nearest] += (long) people * ((long) secondTime - time);
		}
		int[][] ages = cells.ageGroupPopulation();
		for (int g = 0; g < ages.length; g++) {
			affectedByAge[g][nearest] += ages[g][cell];
		}
		for (int k = 0; k < thresholdTime.length; k++) {
			int limit = thresholdTime[k];
			if (time <= limit && (stranded || secondTime > limit)) {
				pushedPast[k][nearest] += people;
				for (int g = 0; g < ages.length; g++) {
					pushedPastByAge[g][k][nearest] += ages[g][cell];
				}
			}
		}
	}

	public int[] thresholdMinutes() {
		return thresholdMinutes.clone();
	}

	public long servedPopulation(int point) {
		return servedPopulation[point];
	}

	public long affectedPopulation(int point) {
		return affectedPopulation[point];
	}

	public double addedPersonMinutes(int point) {
		return EngineTime.toMinutes(addedPersonTime[point]);
	}

	/** Person-time added, exact, in {@link EngineTime} units. */
	public long addedPersonTime(int point) {
		return addedPersonTime[point];
	}

	public long strandedPopulation(int point) {
		return strandedPopulation[point];
	}

	public long pushedPast(int threshold, int point) {
		return pushedPast[threshold][point];
	}

	public long affectedByAge(int group, int point) {
		return affectedByAge[group][point];
	}

	public long pushedPastByAge(int group, int threshold, int point) {
		return pushedPastByAge[group][threshold][point];
	}
}
