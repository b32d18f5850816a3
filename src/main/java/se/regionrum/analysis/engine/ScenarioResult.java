package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * What a {@link Scenario} gives, per service type and cell: the new time ({@link EngineTime}
 * units), road metres and nearest point (ids as in {@link Scenario}: base index, or
 * {@code basePointCount + i} for opened point {@code i}), {@link Accessibility#UNREACHABLE} where
 * no point is reachable; the change against the base; and the totals, overall and per group of
 * cells. A type the scenario does not touch keeps the base's columns and zero totals. Only the
 * changed cells are held (the rest is the base's), so a result stays small on a national grid.
 */
public final class ScenarioResult {

	/** {@link #timeChange} of a cell that had a point and has none after. */
	public static final int LOST = Integer.MAX_VALUE;
	/** {@link #timeChange} of a cell that had no point and has one after. */
	public static final int GAINED = Integer.MIN_VALUE;

	private final Accessibility base;
	/** {@code [type]}: the changed cells, ascending, and their new values, index by index. */
	private final int[][] changedCells;
	private final int[][] time;
	private final int[][] meters;
	private final int[][] nearest;
	private final ScenarioTotals[] totals;
	/** {@code [type][group]}. */
	private final ScenarioTotals[][] groupTotals;
	private final boolean[] fullSearch;
	private final int[] touchedNodes;
	private final boolean[] openedOnNetwork;
	private final boolean[] typeChanged;
	private final int groupCount;
	long elapsedNanos;

	ScenarioResult(Accessibility base, int groupCount, boolean[] openedOnNetwork) {
		this.base = base;
		int types = base.typeCount();
		time = new int[types][];
		meters = new int[types][];
		nearest = new int[types][];
		changedCells = new int[types][];
		totals = new ScenarioTotals[types];
		groupTotals = new ScenarioTotals[types][groupCount];
		fullSearch = new boolean[types];
		touchedNodes = new int[types];
		this.openedOnNetwork = openedOnNetwork;
		typeChanged = new boolean[types];
		this.groupCount = groupCount;
	}

	/** Sets one type's outcome: the changed cells, ascending, and their new values. */
	void set(int type, int[] changed, int[] newTime, int[] newMeters, int[] newNearest, ScenarioTotals total,
			ScenarioTotals[] groups, boolean full, int touched) {
		time[type] = newTime;
		meters[type] = newMeters;
		nearest[type] = newNearest;
		changedCells[type] = changed;
		totals[type] = total;
		groupTotals[type] = groups;
		fullSearch[type] = full;
		touchedNodes[type] = touched;
		typeChanged[type] = true;
	}

	/** Fills the types the scenario leaves alone. */
	void keepBase(int type, ScenarioTotals zero, ScenarioTotals[] zeroGroups) {
		set(type, new int[0], new int[0], new int[0], new int[0], zero, zeroGroups, false, 0);
		typeChanged[type] = false;
	}

	public int typeCount() {
		return time.length;
	}

	public int cellCount() {
		return base.cellCount();
	}

	/** Groups of cells with totals of their own: 1 + the largest group given, 0 without groups. */
	public int groupCount() {
		return groupCount;
	}

	/** Whether the scenario closes or opens a point of the type on the network. */
	public boolean typeChanged(int type) {
		return typeChanged[type];
	}

	public int time(int type, int cell) {
		int i = Arrays.binarySearch(changedCells[type], cell);
		return i >= 0 ? time[type][i] : base.time(type, cell);
	}

	public int meters(int type, int cell) {
		int i = Arrays.binarySearch(changedCells[type], cell);
		return i >= 0 ? meters[type][i] : base.meters(type, cell);
	}

	public int nearest(int type, int cell) {
		int i = Arrays.binarySearch(changedCells[type], cell);
		return i >= 0 ? nearest[type][i] : base.nearest(type, cell);
	}

	/** Whole columns, for storage: a new array each call. */
	public int[] times(int type) {
		return column(base.times(type), time[type], changedCells[type]);
	}

	public int[] meters(int type) {
		return column(base.meters(type), meters[type], changedCells[type]);
	}

	public int[] nearestPoints(int type) {
		return column(base.nearestPoints(type), nearest[type], changedCells[type]);
	}

	private static int[] column(int[] base, int[] changedValues, int[] changed) {
		int[] column = base.clone();
		for (int i = 0; i < changed.length; i++) {
			column[changed[i]] = changedValues[i];
		}
		return column;
	}

	public int baseTime(int type, int cell) {
		return base.time(type, cell);
	}

	public int baseMeters(int type, int cell) {
		return base.meters(type, cell);
	}

	public int baseNearest(int type, int cell) {
		return base.nearest(type, cell);
	}

	/**
	 * New time less base time, in {@link EngineTime} units; {@link #LOST} or {@link #GAINED} where
	 * the cell loses or gains its last point; 0 where it reaches none either way.
	 */
	public int timeChange(int type, int cell) {
		int before = base.time(type, cell);
		int after = time(type, cell);
		if (before == after) {
			return 0;
		}
		if (after == Accessibility.UNREACHABLE) {
			return LOST;
		}
		if (before == Accessibility.UNREACHABLE) {
			return GAINED;
		}
		return after - before;
	}

	/** Cells whose time, metres or nearest point differ from the base, ascending. */
	public int[] changedCells(int type) {
		return changedCells[type].clone();
	}

	public ScenarioTotals totals(int type) {
		return totals[type];
	}

	public ScenarioTotals groupTotals(int type, int group) {
		return groupTotals[type][group];
	}

	/** Whether the type was searched afresh rather than repaired (the bounded work would have been larger). */
	public boolean fullSearch(int type) {
		return fullSearch[type];
	}

	/** Nodes the bounded work touched for the type (0 where untouched or searched afresh). */
	public int touchedNodes(int type) {
		return touchedNodes[type];
	}

	/** Whether opened point {@code i} lay close enough to a road to take part (as {@link Accessibility#pointOnNetwork}). */
	public boolean openedOnNetwork(int opened) {
		return openedOnNetwork[opened];
	}

	public long elapsedNanos() {
		return elapsedNanos;
	}
}
