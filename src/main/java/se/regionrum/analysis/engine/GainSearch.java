package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * Dijkstra over incoming edges of a {@link GainGraph} from one candidate site that only goes where the site would be
 * better: a node is reached only when the site's time to it is lower than its bound (its time to
 * the nearest open point, say) and than a limit. Where the site is not better, no node behind is
 * either: every node on a shortest path from a better node to the site is better itself, since the
 * bounds obey the triangle inequality. So the reached nodes are exactly those whose time falls,
 * and the search costs only what the site changes.
 * <p>
 * One array holds, per node, the lower of its bound and the site's time so far, so each edge costs
 * one load; reached nodes are listed with their bounds and restored from the list. Times and sums
 * follow the engine's rules (a sum from {@link NearestTwoSearch#INFINITE} on is dropped). One
 * instance per thread: {@link #bind} the bounds, then {@link #run} site after site.
 */
final class GainSearch {

	private final GainGraph graph;
	/** Per node: the bound, or the site's time where that is lower. */
	private final int[] time;
	private final boolean[] isReached;
	private int[] reached = new int[256];
	private int[] boundOfReached = new int[256];
	private int reachedCount;
	private final LongMinHeap heap = new LongMinHeap();

	GainSearch(GainGraph graph) {
		this.graph = graph;
		this.time = new int[graph.nodeCount];
		this.isReached = new boolean[graph.nodeCount];
	}

	/** Bytes this workspace holds for a reduced graph of {@code nodes} nodes, before its lists grow. */
	static long bytesFor(int nodes) {
		return 5L * nodes;
	}

	/** Takes the bounds for the runs to come, one per node of the road graph (copied). */
	void bind(int[] bound) {
		reachedCount = 0;
		int[] graphNode = graph.graphNode;
		for (int v = 0; v < time.length; v++) {
			time[v] = bound[graphNode[v]];
		}
		Arrays.fill(isReached, false);
	}

	/**
	 * Runs from {@code node} starting at {@code startTime}; afterwards {@link #reachedCount()} nodes,
	 * each with its final time below its bound, until the next run, {@link #clear()} or {@link #keep()}.
	 */
	void run(int graphNode, int startTime, int limit) {
		clear();
		if (graphNode < 0) {
			return;
		}
		int node = graph.nodeOf(graphNode);
		if (node < 0) {
			throw new IllegalArgumentException("node " + graphNode + " was left out of the reduced graph");
		}
		if (startTime >= time[node] || startTime >= limit) {
			return;
		}
		addReached(node);
		time[node] = startTime;
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
				int edge = e * GainGraph.EDGE_INTS;
				long sum = (long) t + inEdges[edge + 1];
				int from = inEdges[edge];
				if (sum >= time[from] || sum >= limit) {
					continue;
				}
				if (!isReached[from]) {
					addReached(from);
				}
				time[from] = (int) sum;
				heap.push((sum << 32) | from);
			}
		}
	}

	private void addReached(int node) {
		if (reachedCount == reached.length) {
			reached = Arrays.copyOf(reached, reached.length * 2);
			boundOfReached = Arrays.copyOf(boundOfReached, reached.length);
		}
		isReached[node] = true;
		boundOfReached[reachedCount] = time[node];
		reached[reachedCount++] = node;
	}

	int reachedCount() {
		return reachedCount;
	}

	/** The road graph's node of the {@code i}th reached node. */
	int reachedNode(int i) {
		return graph.graphNode[reached[i]];
	}

	/** The site's time to the {@code i}th reached node. */
	int reachedTime(int i) {
		return time[reached[i]];
	}

	/** Forgets the last run: the bounds are as bound. */
	void clear() {
		for (int i = 0; i < reachedCount; i++) {
			time[reached[i]] = boundOfReached[i];
			isReached[reached[i]] = false;
		}
		reachedCount = 0;
		heap.clear();
	}

	/** Keeps the last run: its site is open now, so its times become the bounds. */
	void keep() {
		for (int i = 0; i < reachedCount; i++) {
			isReached[reached[i]] = false;
		}
		reachedCount = 0;
		heap.clear();
	}
}
