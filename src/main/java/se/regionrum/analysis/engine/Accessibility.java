package se.regionrum.analysis.engine;

/**
 * The result of one analysis: for every service type and cell the time ({@link EngineTime} units,
 * milliseconds) and road distance (metres) to the nearest and second-nearest point and which
 * points those are, plus the closure impact of every point. {@link #UNREACHABLE} marks a cell
 * without a road within reach or without any point of the type it can reach.
 */
public final class Accessibility {

	public static final int UNREACHABLE = -1;

	final int[][] time;
	final int[][] meters;
	final int[][] nearest;
	final int[][] secondTime;
	final int[][] second;
	final int[] cellNode;
	final int[] pointNode;
	final ClosureImpact impact;
	long settledLabels;
	long relaxedEdges;
	long elapsedNanos;

	Accessibility(int typeCount, int cellCount, int[] cellNode, int[] pointNode, ClosureImpact impact) {
		this.time = new int[typeCount][cellCount];
		this.meters = new int[typeCount][cellCount];
		this.nearest = new int[typeCount][cellCount];
		this.secondTime = new int[typeCount][cellCount];
		this.second = new int[typeCount][cellCount];
		this.cellNode = cellNode;
		this.pointNode = pointNode;
		this.impact = impact;
	}

	public int typeCount() {
		return time.length;
	}

	public int cellCount() {
		return cellNode.length;
	}

	public int time(int type, int cell) {
		return time[type][cell];
	}

	public int meters(int type, int cell) {
		return meters[type][cell];
	}

	public int nearest(int type, int cell) {
		return nearest[type][cell];
	}

	public int secondTime(int type, int cell) {
		return secondTime[type][cell];
	}

	public int second(int type, int cell) {
		return second[type][cell];
	}

	/** The whole column of one type, for storage; callers must not change it. */
	public int[] times(int type) {
		return time[type];
	}

	public int[] meters(int type) {
		return meters[type];
	}

	public int[] nearestPoints(int type) {
		return nearest[type];
	}

	public boolean cellOnNetwork(int cell) {
		return cellNode[cell] >= 0;
	}

	/** Whether the point lay close enough to a road to be part of the analysis. */
	public boolean pointOnNetwork(int point) {
		return pointNode[point] >= 0;
	}

	public ClosureImpact impact() {
		return impact;
	}

	public long settledLabels() {
		return settledLabels;
	}

	public long relaxedEdges() {
		return relaxedEdges;
	}

	public long elapsedNanos() {
		return elapsedNanos;
	}
}
