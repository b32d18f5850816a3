package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * Dijkstra over incoming edges from one candidate site that only goes where the site would be
 * better: a node is reached only when the site's time to it is lower than its time in
 * {@code bound} (its current nearest point) and than a limit. Where the site is not better, no
 * node behind is either: every node on a shortest path from a better node to the site is better
 * itself, since the current times obey the triangle inequality. So the reached nodes are exactly
 * those whose time falls, and the search costs only what the site changes.
 * <p>
 * Times and sums follow the engine's rules (a sum from {@link NearestTwoSearch#INFINITE} on is
 * dropped). The state is one int per node, reset through the list of reached nodes; one instance
 * per thread.
 */
final class GainSearch {

	private final RoadGraph graph;
	private final int[] time;
	private int[] reached = new int[256];
	private int reachedCount;
	private final LongMinHeap heap = new LongMinHeap();

	GainSearch(RoadGraph graph) {
		this.graph = graph;
		this.time = new int[graph.nodeCount];
		Arrays.fill(time, NearestTwoSearch.INFINITE);
	}

	/** Bytes this workspace holds for a graph of {@code nodes} nodes, before its lists grow. */
	static long bytesFor(int nodes) {
		return 4L * nodes;
	}

	/**
	 * Runs from {@code node} starting at {@code startTime}; afterwards {@link #reachedCount()} nodes,
	 * each with its final time below its bound, until {@link #clear()}.
	 */
	void run(int node, int startTime, int[] bound, int limit) {
		clear();
		if (node < 0 || startTime >= bound[node] || startTime >= limit) {
			return;
		}
		reach(node, startTime);
		heap.push(((long) startTime << 32) | node);
		final int[] firstIn = graph.firstIn;
		final int[] inEdges = graph.inEdges;
		while (!heap.isEmpty()) {
			long key = heap.pop();
			int v = (int) key;
			int t = (int) (key >>> 32);
			if (t != time[v]) {
				continue;
			}
			int end = firstIn[v + 1];
			for (int e = firstIn[v]; e < end; e++) {
				int edge = e * RoadGraph.EDGE_INTS;
				long sum = (long) t + inEdges[edge + 1];
				int from = inEdges[edge];
				if (sum >= limit || sum >= bound[from] || sum >= time[from]) {
					continue;
				}
				int next = (int) sum;
				if (time[from] == NearestTwoSearch.INFINITE) {
					addReached(from);
				}
				time[from] = next;
				heap.push(((long) next << 32) | from);
			}
		}
	}

	private void reach(int node, int t) {
		addReached(node);
		time[node] = t;
	}

	private void addReached(int node) {
		if (reachedCount == reached.length) {
			reached = Arrays.copyOf(reached, reached.length * 2);
		}
		reached[reachedCount++] = node;
	}

	int reachedCount() {
		return reachedCount;
	}

	int reachedNode(int i) {
		return reached[i];
	}

	int time(int node) {
		return time[node];
	}

	void clear() {
		for (int i = 0; i < reachedCount; i++) {
			time[reached[i]] = NearestTwoSearch.INFINITE;
		}
		reachedCount = 0;
		heap.clear();
	}
}
