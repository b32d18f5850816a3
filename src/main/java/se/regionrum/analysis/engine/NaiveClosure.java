package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * Closure impact the naive way: for each point, run the type's nearest-point search again without
 * it and compare every cell's time. Exists to measure what {@link AccessibilityEngine}'s one pass
 * saves, and as a second opinion; its figures equal the engine's closure impact.
 */
public final class NaiveClosure {

	private final RoadGraph graph;
	private final NodeLocator locator;
	private final int[] time;
	private final boolean[] settled;
	private final LongMinHeap heap = new LongMinHeap();

	public NaiveClosure(RoadGraph graph) {
		this.graph = graph;
		this.locator = new NodeLocator(graph, 1000);
		this.time = new int[graph.nodeCount];
		this.settled = new boolean[graph.nodeCount];
	}

	/** Added person-time ({@link EngineTime} units) and affected population for each point in {@code closing}. */
	public record Impact(long[] affectedPopulation, long[] addedPersonTime, long[] strandedPopulation) {
	}

	/** Closure impact of the given points (indices into {@code points}), one full search per point. */
	public Impact closures(Cells cells, ServicePoints points, EngineSettings settings, int[] closing) {
		int[] cellNode = new int[cells.count()];
		int[] cellTime = new int[cells.count()];
		AccessibilityEngine.attach(graph, locator, cells.x(), cells.y(), settings.cellSnapMeters(), settings, cellNode,
				cellTime, new int[cells.count()]);
		int[] pointNode = new int[points.count()];
		int[] pointTime = new int[points.count()];
		AccessibilityEngine.attach(graph, locator, points.x(), points.y(), settings.pointSnapMeters(), settings,
				pointNode, pointTime, new int[points.count()]);
		long[] affected = new long[closing.length];
		long[] added = new long[closing.length];
		long[] stranded = new long[closing.length];
		int[][] before = new int[points.typeCount()][];
		for (int i = 0; i < closing.length; i++) {
			int closed = closing[i];
			int type = points.type()[closed];
			if (before[type] == null) {
				before[type] = cellTimes(cells, points, type, -1, cellNode, cellTime, pointNode, pointTime);
			}
			int[] after = cellTimes(cells, points, type, closed, cellNode, cellTime, pointNode, pointTime);
			for (int c = 0; c < cells.count(); c++) {
				int b = before[type][c];
				int a = after[c];
				if (b == NearestTwoSearch.INFINITE || a <= b) {
					continue;
				}
				int people = cells.population()[c];
				affected[i] += people;
				if (a == NearestTwoSearch.INFINITE) {
					stranded[i] += people;
				} else {
					added[i] += (long) people * ((long) a - b);
				}
			}
		}
		return new Impact(affected, added, stranded);
	}

	private int[] cellTimes(Cells cells, ServicePoints points, int type, int closed, int[] cellNode, int[] cellTime,
			int[] pointNode, int[] pointTime) {
		nearestSearch(points, type, closed, pointNode, pointTime);
		int[] result = new int[cells.count()];
		for (int c = 0; c < result.length; c++) {
			int node = cellNode[c];
			result[c] = node < 0 ? NearestTwoSearch.INFINITE : AccessibilityEngine.total(time[node], cellTime[c]);
		}
		return result;
	}

	/** Plain multi-source Dijkstra, one label per node, over incoming edges. */
	private void nearestSearch(ServicePoints points, int type, int closed, int[] pointNode, int[] pointTime) {
		Arrays.fill(time, NearestTwoSearch.INFINITE);
		Arrays.fill(settled, false);
		heap.clear();
		for (int p = 0; p < points.count(); p++) {
			if (points.type()[p] == type && p != closed && pointNode[p] >= 0 && pointTime[p] < time[pointNode[p]]) {
				time[pointNode[p]] = pointTime[p];
				heap.push(((long) pointTime[p] << 32) | pointNode[p]);
			}
		}
		while (!heap.isEmpty()) {
			long key = heap.pop();
			int node = (int) key;
			int t = (int) (key >>> 32);
			if (settled[node] || t != time[node]) {
				continue;
			}
			settled[node] = true;
			for (int e = graph.firstIn[node]; e < graph.firstIn[node + 1]; e++) {
				int base = e * RoadGraph.EDGE_INTS;
				int from = graph.inEdges[base];
				long candidate = (long) t + graph.inEdges[base + 1];
				// as in the engine, a sum from INFINITE on is no route
				if (candidate < time[from]) {
					time[from] = (int) candidate;
					heap.push((candidate << 32) | from);
				}
			}
		}
	}
}
