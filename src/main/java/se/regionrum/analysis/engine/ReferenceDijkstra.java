package se.regionrum.analysis.engine;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The textbook way, kept as the yardstick for {@link AccessibilityEngine}: one Dijkstra search per
 * service point, each cell's nearest and second-nearest point by comparing all of them, and each
 * point's closure impact by taking the point away and looking again. Slow by design (points x cells
 * work and memory); differential tests and the {@code --reference} switch of the command use it.
 */
public final class ReferenceDijkstra {

	private final RoadGraph graph;
	private final NodeLocator locator;

	public ReferenceDijkstra(RoadGraph graph) {
		this.graph = graph;
		this.locator = new NodeLocator(graph, 1000);
	}

	public Accessibility analyse(Cells cells, ServicePoints points, EngineSettings settings) {
		int cellCount = cells.count();
		int[] cellNode = new int[cellCount];
		int[] cellTime = new int[cellCount];
		int[] cellMeters = new int[cellCount];
		// attaching places to the network is shared with the engine: the reference checks the searches
		AccessibilityEngine.attach(graph, locator, cells.x(), cells.y(), settings.cellSnapMeters(), settings, cellNode,
				cellTime, cellMeters);
		int pointCount = points.count();
		int[] pointNode = new int[pointCount];
		int[] pointTime = new int[pointCount];
		int[] pointMeters = new int[pointCount];
		AccessibilityEngine.attach(graph, locator, points.x(), points.y(), settings.pointSnapMeters(), settings,
				pointNode, pointTime, pointMeters);
		// [point][cell] total time and metres from the cell to the point, or -1
		int[][] timeTo = new int[pointCount][];
		int[][] metersTo = new int[pointCount][];
		for (int p = 0; p < pointCount; p++) {
			timeTo[p] = new int[cellCount];
			metersTo[p] = new int[cellCount];
			Arrays.fill(timeTo[p], -1);
			if (pointNode[p] < 0) {
				continue;
			}
			long[][] fromNode = dijkstra(pointNode[p], pointTime[p], pointMeters[p]);
			for (int c = 0; c < cellCount; c++) {
				if (cellNode[c] < 0 || fromNode[0][cellNode[c]] >= NearestTwoSearch.INFINITE) {
					continue;
				}
				int total = AccessibilityEngine.total((int) fromNode[0][cellNode[c]], cellTime[c]);
				if (total != NearestTwoSearch.INFINITE) {
					timeTo[p][c] = total;
					metersTo[p][c] = AccessibilityEngine.saturated((int) fromNode[1][cellNode[c]], cellMeters[c]);
				}
			}
		}

		ClosureImpact impact = new ClosureImpact(pointCount, settings.thresholdMinutes(), cells.ageGroups().size());
		Accessibility result = new Accessibility(points.typeCount(), cellCount, cellNode, pointNode, impact);
		int[] limits = new int[settings.thresholdMinutes().length];
		for (int k = 0; k < limits.length; k++) {
			limits[k] = EngineTime.fromMinutes(settings.thresholdMinutes()[k]);
		}
		for (int type = 0; type < points.typeCount(); type++) {
			int[] ofType = points.ofType(type);
			for (int c = 0; c < cellCount; c++) {
				int first = best(ofType, timeTo, metersTo, c, -1, -1);
				int second = best(ofType, timeTo, metersTo, c, first, -1);
				result.time[type][c] = first < 0 ? -1 : timeTo[first][c];
				result.meters[type][c] = first < 0 ? -1 : metersTo[first][c];
				result.nearest[type][c] = first;
				result.second[type][c] = second;
				result.secondTime[type][c] = second < 0 ? -1 : timeTo[second][c];
				if (first >= 0) {
					impact.servedPopulation[first] += cells.population()[c];
				}
			}
			// closure: take each point away, find every cell's nearest again, compare
			for (int closed : ofType) {
				for (int c = 0; c < cellCount; c++) {
					int before = best(ofType, timeTo, metersTo, c, -1, -1);
					if (before < 0) {
						continue;
					}
					int after = best(ofType, timeTo, metersTo, c, closed, -1);
					int beforeTime = timeTo[before][c];
					int afterTime = after < 0 ? Integer.MAX_VALUE : timeTo[after][c];
					if (afterTime <= beforeTime) {
						continue;
					}
					int people = cells.population()[c];
					impact.affectedPopulation[closed] += people;
					if (after < 0) {
						impact.strandedPopulation[closed] += people;
					} else {
						impact.addedPersonTime[closed] += (long) people * ((long) afterTime - beforeTime);
					}
					for (int g = 0; g < cells.ageGroups().size(); g++) {
						impact.affectedByAge[g][closed] += cells.ageGroupPopulation()[g][c];
					}
					for (int k = 0; k < limits.length; k++) {
						if (beforeTime <= limits[k] && afterTime > limits[k]) {
							impact.pushedPast[k][closed] += people;
							for (int g = 0; g < cells.ageGroups().size(); g++) {
								impact.pushedPastByAge[g][k][closed] += cells.ageGroupPopulation()[g][c];
							}
						}
					}
				}
			}
		}
		return result;
	}

	/** The best point of the given ones for a cell, skipping {@code skipA} and {@code skipB}; -1 if none reaches it. */
	private static int best(int[] candidates, int[][] timeTo, int[][] metersTo, int cell, int skipA, int skipB) {
		int best = -1;
		for (int p : candidates) {
			if (p == skipA || p == skipB || timeTo[p][cell] < 0) {
				continue;
			}
			if (best < 0 || timeTo[p][cell] < timeTo[best][cell]
					|| (timeTo[p][cell] == timeTo[best][cell] && metersTo[p][cell] < metersTo[best][cell])) {
				best = p;
			}
		}
		return best;
	}

	/**
	 * Single-source Dijkstra over incoming edges, in longs so that no sum wraps: per node its time
	 * ({@code [0]}, Long.MAX_VALUE where unreachable) and metres ({@code [1]}), minimal in time, then
	 * metres. As in the engine, a time from {@link NearestTwoSearch#INFINITE} on counts as unreachable
	 * and metres stop at the int range's end.
	 */
	long[][] dijkstra(int source, int startTime, int startMeters) {
		long[] bestTime = new long[graph.nodeCount];
		long[] bestMeters = new long[graph.nodeCount];
		Arrays.fill(bestTime, Long.MAX_VALUE);
		Arrays.fill(bestMeters, Long.MAX_VALUE);
		boolean[] done = new boolean[graph.nodeCount];
		PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
				: Long.compare(a[1], b[1]));
		bestTime[source] = startTime;
		bestMeters[source] = startMeters;
		queue.add(new long[] { startTime, startMeters, source });
		while (!queue.isEmpty()) {
			long[] entry = queue.poll();
			int node = (int) entry[2];
			if (done[node]) {
				continue;
			}
			done[node] = true;
			for (int e = graph.firstIn[node]; e < graph.firstIn[node + 1]; e++) {
				int base = e * RoadGraph.EDGE_INTS;
				int from = graph.inEdges[base];
				long time = entry[0] + graph.inEdges[base + 1];
				long meters = Math.min(Integer.MAX_VALUE, entry[1] + graph.inEdges[base + 2]);
				if (done[from] || time >= NearestTwoSearch.INFINITE) {
					continue;
				}
				if (time < bestTime[from] || (time == bestTime[from] && meters < bestMeters[from])) {
					bestTime[from] = time;
					bestMeters[from] = meters;
					queue.add(new long[] { time, meters, from });
				}
			}
		}
		return new long[][] { bestTime, bestMeters };
	}
}
