package se.regionrum.analysis.engine;

/**
 * What a scenario does to one service type for one population (everyone, or one group of cells
 * such as a municipality), counted in people, overall and per age group of the grid. Times are in
 * {@link EngineTime} units, summed in longs. A cell counts as <em>reaching</em> the type when it
 * has a reachable point of it.
 * <ul>
 * <li>risen: people whose time rises, including those left with no point (stranded)</li>
 * <li>fallen: people whose time falls, including those who had no point before (reached)</li>
 * <li>added time: person-time added over the people who reach a point before and after; saved
 * time likewise</li>
 * <li>pushed past threshold k: people within it before and beyond it (or with no point) after;
 * brought within: the other way round</li>
 * </ul>
 * Every figure {@code f()} has {@code f(ageGroup)} for one age group of the grid.
 */
public final class ScenarioTotals {

	private final int[] thresholds;
	/** {@code [measure][column]}: column 0 is everyone, column 1 + g age group g. */
	private final long[] risen;
	private final long[] fallen;
	private final long[] stranded;
	private final long[] reached;
	private final long[] addedTime;
	private final long[] savedTime;
	/** {@code [threshold][column]}. */
	private final long[][] pushedPast;
	private final long[][] broughtWithin;

	ScenarioTotals(int[] thresholds, int ageGroups) {
		this.thresholds = thresholds;
		int columns = 1 + ageGroups;
		risen = new long[columns];
		fallen = new long[columns];
		stranded = new long[columns];
		reached = new long[columns];
		addedTime = new long[columns];
		savedTime = new long[columns];
		pushedPast = new long[thresholds.length][columns];
		broughtWithin = new long[thresholds.length][columns];
	}

	/** Adds one cell's change of time ({@link Accessibility#UNREACHABLE} where it reaches no point). */
	void add(Cells cells, int cell, int before, int after) {
		if (before == after) {
			return;
		}
		int[][] ages = cells.ageGroupPopulation();
		for (int column = 0; column <= ages.length; column++) {
			long people = column == 0 ? cells.population()[cell] : ages[column - 1][cell];
			add(column, people, before, after);
		}
	}

	private void add(int column, long people, int before, int after) {
		boolean reachedBefore = before != Accessibility.UNREACHABLE;
		boolean reachesAfter = after != Accessibility.UNREACHABLE;
		if (!reachesAfter) {
			risen[column] += people;
			stranded[column] += people;
		} else if (!reachedBefore) {
			fallen[column] += people;
			reached[column] += people;
		} else if (after > before) {
			risen[column] += people;
			addedTime[column] += people * (after - (long) before);
		} else {
			fallen[column] += people;
			savedTime[column] += people * (before - (long) after);
		}
		for (int k = 0; k < thresholds.length; k++) {
			boolean within = reachedBefore && before <= thresholds[k];
			boolean withinAfter = reachesAfter && after <= thresholds[k];
			if (within && !withinAfter) {
				pushedPast[k][column] += people;
			} else if (!within && withinAfter) {
				broughtWithin[k][column] += people;
			}
		}
	}

	/** The thresholds in {@link EngineTime} units, in the order of the threshold indices. */
	public int[] thresholds() {
		return thresholds.clone();
	}

	public long risen() {
		return risen[0];
	}

	public long risen(int ageGroup) {
		return risen[1 + ageGroup];
	}

	public long fallen() {
		return fallen[0];
	}

	public long fallen(int ageGroup) {
		return fallen[1 + ageGroup];
	}

	/** People who had a point of the type and have none after. */
	public long stranded() {
		return stranded[0];
	}

	public long stranded(int ageGroup) {
		return stranded[1 + ageGroup];
	}

	/** People who had no point of the type and have one after. */
	public long reached() {
		return reached[0];
	}

	public long reached(int ageGroup) {
		return reached[1 + ageGroup];
	}

	/** Person-time added, in {@link EngineTime} units. */
	public long addedTime() {
		return addedTime[0];
	}

	public long addedTime(int ageGroup) {
		return addedTime[1 + ageGroup];
	}

	/** Person-time saved, in {@link EngineTime} units. */
	public long savedTime() {
		return savedTime[0];
	}

	public long savedTime(int ageGroup) {
		return savedTime[1 + ageGroup];
	}

	public double addedPersonMinutes() {
		return EngineTime.toMinutes(addedTime[0]);
	}

	public double savedPersonMinutes() {
		return EngineTime.toMinutes(savedTime[0]);
	}

	public long pushedPast(int threshold) {
		return pushedPast[threshold][0];
	}

	public long pushedPast(int threshold, int ageGroup) {
		return pushedPast[threshold][1 + ageGroup];
	}

	public long broughtWithin(int threshold) {
		return broughtWithin[threshold][0];
	}

	public long broughtWithin(int threshold, int ageGroup) {
		return broughtWithin[threshold][1 + ageGroup];
	}
}
