package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * Collects nodes and directed edges, then lays them out as a {@link RoadGraph}: the strongly
 * connected components worth keeping (see {@link LargestComponent}; cells and points must not
 * attach to a fragment they cannot leave), nodes renumbered along a Hilbert curve, edges in
 * reversed CSR order.
 */
public final class RoadGraphBuilder {

	/** Components this large are kept besides the largest: a real island's roads, not a fragment. */
	public static final int MIN_COMPONENT_NODES = 100;

	/**
	 * The longest time one edge may take: a day. A longer one is a mistake in the input, and the
	 * limit keeps a route's sum of edge times from where an int of milliseconds ends (24.8 days) for
	 * any route shorter than about 25 such edges; the search drops a sum that would pass it.
	 */
	public static final double MAX_EDGE_SECONDS = 86_400;

	/** The longest one edge may be: 1,000 km, for the same reasons. */
	public static final double MAX_EDGE_METERS = 1_000_000;

	private float[] x = new float[1024];
	private float[] y = new float[1024];
	private int nodeCount;

	private int[] edgeFrom = new int[1024];
	private int[] edgeTo = new int[1024];
	private int[] edgeTime = new int[1024];
	private int[] edgeMeters = new int[1024];
	private int edgeCount;
	/** Each edge's time as given, unrounded, only when {@link #keepExactSeconds()} asked for it. */
	private double[] edgeSeconds;
	private double[] builtEdgeSeconds;

	/**
	 * Keeps every edge's time in seconds as given, before rounding, so that after {@link #build()}
	 * {@link #exactSeconds()} gives it per graph edge: for tests that measure the rounding against
	 * an unrounded search. The graph itself holds only the rounded times.
	 */
	public RoadGraphBuilder keepExactSeconds() {
		edgeSeconds = new double[edgeFrom.length];
		return this;
	}

	/**
	 * After {@link #build()}, with {@link #keepExactSeconds()}: the unrounded seconds of each graph
	 * edge, indexed like the graph's edges ({@code e} for the edge at {@code e * RoadGraph.EDGE_INTS}).
	 */
	public double[] exactSeconds() {
		if (builtEdgeSeconds == null) {
			throw new IllegalStateException("exact seconds need keepExactSeconds() before the edges and build() after");
		}
		return builtEdgeSeconds;
	}

	public int addNode(double nodeX, double nodeY) {
		if (nodeCount == x.length) {
			x = Arrays.copyOf(x, x.length * 2);
			y = Arrays.copyOf(y, y.length * 2);
		}
		x[nodeCount] = (float) nodeX;
		y[nodeCount] = (float) nodeY;
		return nodeCount++;
	}

	public int nodeCount() {
		return nodeCount;
	}

	public double x(int node) {
		return x[node];
	}

	public double y(int node) {
		return y[node];
	}

	public int edgeCount() {
		return edgeCount;
	}

	/**
	 * A directed edge. Times are kept in whole {@link EngineTime} units (milliseconds), rounded to
	 * nearest and never below one, so that no label can be improved after it is settled (see
	 * {@link NearestTwoSearch}); each edge is off by at most half a unit. Readers check times and lengths
	 * against {@link #MAX_EDGE_SECONDS} and {@link #MAX_EDGE_METERS} and name the row; here a value
	 * beyond them is a programming error.
	 */
	public void addEdge(int from, int to, double seconds, double meters) {
		if (from < 0 || from >= nodeCount || to < 0 || to >= nodeCount) {
			throw new IllegalArgumentException("edge " + from + " -> " + to + " names a node that does not exist");
		}
		if (!(seconds >= 0 && seconds <= MAX_EDGE_SECONDS) || !(meters >= 0 && meters <= MAX_EDGE_METERS)) {
			throw new IllegalArgumentException("edge " + from + " -> " + to + " has a time or length that is negative, "
					+ "missing or beyond " + MAX_EDGE_SECONDS + " s or " + MAX_EDGE_METERS + " m: " + seconds + " s, "
					+ meters + " m");
		}
		if (from == to) {
			return;
		}
		if (edgeCount == edgeFrom.length) {
			int size = edgeFrom.length * 2;
			edgeFrom = Arrays.copyOf(edgeFrom, size);
			edgeTo = Arrays.copyOf(edgeTo, size);
			edgeTime = Arrays.copyOf(edgeTime, size);
			edgeMeters = Arrays.copyOf(edgeMeters, size);
			if (edgeSeconds != null) {
				edgeSeconds = Arrays.copyOf(edgeSeconds, size);
			}
		}
		if (edgeSeconds != null) {
			edgeSeconds[edgeCount] = seconds;
		}
		edgeFrom[edgeCount] = from;
		edgeTo[edgeCount] = to;
		edgeTime[edgeCount] = (int) Math.max(1, EngineTime.fromSeconds(seconds));
		edgeMeters[edgeCount] = (int) Math.round(meters);
		edgeCount++;
	}

	/** Both directions of a road link. */
	public void addRoad(int a, int b, double seconds, double meters) {
		addEdge(a, b, seconds, meters);
		addEdge(b, a, seconds, meters);
	}

	public RoadGraph build() {
		int n = nodeCount;
		boolean[] kept = LargestComponent.of(n, reversedCsr(n, null), MIN_COMPONENT_NODES);
		int[] newIndex = hilbertOrder(kept);
		int kn = 0;
		for (boolean k : kept) {
			if (k) {
				kn++;
			}
		}
		float[] nx = new float[kn];
		float[] ny = new float[kn];
		for (int old = 0; old < n; old++) {
			if (kept[old]) {
				nx[newIndex[old]] = x[old];
				ny[newIndex[old]] = y[old];
			}
		}
		int[][] csr = reversedCsr(kn, newIndex);
		return new RoadGraph(kn, csr[0], csr[1], nx, ny, n);
	}

	/**
	 * Reversed CSR arrays {firstIn, inEdges} of the edges, with nodes renumbered by {@code newIndex}
	 * (-1 leaves a node and its edges out), or as added when it is null.
	 */
	private int[][] reversedCsr(int n, int[] newIndex) {
		int[] firstIn = new int[n + 1];
		int m = 0;
		for (int e = 0; e < edgeCount; e++) {
			int to = newIndex == null ? edgeTo[e] : newIndex[edgeTo[e]];
			int from = newIndex == null ? edgeFrom[e] : newIndex[edgeFrom[e]];
			if (to >= 0 && from >= 0) {
				firstIn[to + 1]++;
				m++;
			}
		}
		for (int v = 0; v < n; v++) {
			firstIn[v + 1] += firstIn[v];
		}
		int[] fill = Arrays.copyOf(firstIn, n);
		int[] inEdges = new int[m * RoadGraph.EDGE_INTS];
		double[] seconds = edgeSeconds != null && newIndex != null ? new double[m] : null;
		for (int e = 0; e < edgeCount; e++) {
			int to = newIndex == null ? edgeTo[e] : newIndex[edgeTo[e]];
			int from = newIndex == null ? edgeFrom[e] : newIndex[edgeFrom[e]];
			if (to < 0 || from < 0) {
				continue;
			}
			int slot = fill[to]++ * RoadGraph.EDGE_INTS;
			inEdges[slot] = from;
			inEdges[slot + 1] = edgeTime[e];
			inEdges[slot + 2] = edgeMeters[e];
			if (seconds != null) {
				seconds[slot / RoadGraph.EDGE_INTS] = edgeSeconds[e];
			}
		}
		if (seconds != null) {
			builtEdgeSeconds = seconds;
		}
		return new int[][] { firstIn, inEdges };
	}

	/** New numbers for the kept nodes along a Hilbert curve over their bounding box, -1 for the others. */
	private int[] hilbertOrder(boolean[] kept) {
		int n = nodeCount;
		float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
		for (int i = 0; i < n; i++) {
			if (!kept[i]) {
				continue;
			}
			minX = Math.min(minX, x[i]);
			maxX = Math.max(maxX, x[i]);
			minY = Math.min(minY, y[i]);
			maxY = Math.max(maxY, y[i]);
		}
		double scale = 32767.0 / Math.max(1e-9, Math.max(maxX - minX, maxY - minY));
		int keptCount = 0;
		for (boolean k : kept) {
			if (k) {
				keptCount++;
			}
		}
		long[] keys = new long[keptCount];
		int j = 0;
		for (int i = 0; i < n; i++) {
			if (kept[i]) {
				int hx = (int) ((x[i] - minX) * scale);
				int hy = (int) ((y[i] - minY) * scale);
				keys[j++] = (hilbertIndex(hx, hy) << 32) | i;
			}
		}
		Arrays.parallelSort(keys);
		int[] newIndex = new int[n];
		Arrays.fill(newIndex, -1);
		for (int rank = 0; rank < keptCount; rank++) {
			newIndex[(int) keys[rank]] = rank;
		}
		return newIndex;
	}

	/** Position of (x, y) on a Hilbert curve filling a 32768 x 32768 square: below 2^30, so a sort key can carry it. */
	static long hilbertIndex(int hx, int hy) {
		long d = 0;
		for (int s = 1 << 14; s > 0; s >>>= 1) {
			int rx = (hx & s) > 0 ? 1 : 0;
			int ry = (hy & s) > 0 ? 1 : 0;
			d += (long) s * s * ((3 * rx) ^ ry);
			if (ry == 0) {
				if (rx == 1) {
					hx = s - 1 - hx;
					hy = s - 1 - hy;
				}
				int t = hx;
				hx = hy;
				hy = t;
			}
		}
		return d;
	}
}
