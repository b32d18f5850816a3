package se.regionrum.analysis.engine;

/**
 * The figures of a change in access, one row of longs each (a candidate site, or a municipality):
 * people whose time falls, person-time saved (engine units, over people who reached a point
 * before), people who reach a point for the first time, people newly within each threshold, the
 * same per age group, and, where points also close, people whose time rises and the person-time
 * added. Rows sit in one flat array, {@link #width} longs apart.
 */
public final class GainFigures {

	private static final int IMPROVED = 0;
	private static final int SAVED = 1;
	private static final int REACHED = 2;
	private static final int WORSENED = 3;
	private static final int ADDED = 4;
	private static final int WITHIN = 5;

	private final int[] thresholdTime;
	private final int thresholds;
	private final int groups;
	private final int width;
	final long[] values;

	GainFigures(int rows, int[] thresholdTime, int ageGroups) {
		this.thresholdTime = thresholdTime;
		this.thresholds = thresholdTime.length;
		this.groups = ageGroups;
		this.width = WITHIN + thresholds + 2 * groups + groups * thresholds;
		this.values = new long[Math.multiplyExact(rows, width)];
	}

	int width() {
		return width;
	}

	public int rows() {
		return values.length / width;
	}

	/** Adds one cell whose time goes from {@code before} to {@code after} (either may be {@link NearestTwoSearch#INFINITE}). */
	void add(long[] into, int base, Cells cells, int cell, int before, int after) {
		if (after == before) {
			return;
		}
		int people = cells.population()[cell];
		int[][] ages = cells.ageGroupPopulation();
		if (after > before) {
			into[base + WORSENED] += people;
			if (after != NearestTwoSearch.INFINITE) {
				into[base + ADDED] += (long) people * (after - before);
			}
			return;
		}
		into[base + IMPROVED] += people;
		if (before == NearestTwoSearch.INFINITE) {
			into[base + REACHED] += people;
		} else {
			into[base + SAVED] += (long) people * (before - after);
		}
		int ageBase = base + WITHIN + thresholds;
		for (int g = 0; g < groups; g++) {
			int agePeople = ages[g][cell];
			into[ageBase + g] += agePeople;
			if (before != NearestTwoSearch.INFINITE) {
				into[ageBase + groups + g] += (long) agePeople * (before - after);
			}
		}
		int withinAgeBase = ageBase + 2 * groups;
		for (int k = 0; k < thresholds; k++) {
			int limit = thresholdTime[k];
			if (before > limit && after <= limit) {
				into[base + WITHIN + k] += people;
				for (int g = 0; g < groups; g++) {
					into[withinAgeBase + g * thresholds + k] += ages[g][cell];
				}
			}
		}
	}

	private long at(int row, int field) {
		return values[row * width + field];
	}

	/** People whose time falls, those newly reaching a point included. */
	public long improvedPopulation(int row) {
		return at(row, IMPROVED);
	}

	/** Person-time saved in engine units ({@link EngineTime}), over people who reached a point before. */
	public long personTimeSaved(int row) {
		return at(row, SAVED);
	}

	public double personMinutesSaved(int row) {
		return EngineTime.toMinutes(personTimeSaved(row));
	}

	/** People who reached no point of the type before and do now. */
	public long newlyReached(int row) {
		return at(row, REACHED);
	}

	/** People beyond threshold {@code k} before and within it now (newly reached ones included). */
	public long newlyWithin(int threshold, int row) {
		return at(row, WITHIN + threshold);
	}

	/** People whose time rises: only where points close (relocation). */
	public long worsenedPopulation(int row) {
		return at(row, WORSENED);
	}

	/** Person-time added in engine units over people who still reach a point. */
	public long personTimeAdded(int row) {
		return at(row, ADDED);
	}

	public long improvedByAge(int group, int row) {
		return at(row, WITHIN + thresholds + group);
	}

	public long personTimeSavedByAge(int group, int row) {
		return at(row, WITHIN + thresholds + groups + group);
	}

	public long newlyWithinByAge(int group, int threshold, int row) {
		return at(row, WITHIN + thresholds + 2 * groups + group * thresholds + threshold);
	}

	/** Threshold {@code k}'s time in engine units. */
	int thresholdTime(int k) {
		return thresholdTime[k];
	}

	public int thresholdCount() {
		return thresholds;
	}

	public int ageGroupCount() {
		return groups;
	}
}
