package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * Collects nodes and directed edges, then lays them out as a {@link RoadGraph}: nodes renumbered
 * along a Hilbert curve, edges in reversed CSR order, and the largest strongly connected component
 * marked routable (cells and points must not attach to an island they cannot leave).
 */
public final class RoadGraphBuilder {

	private float[] x = new float[1024];
	private float[] y = new float[1024];
	private int nodeCount;

	private int[] edgeFrom = new int[1024];
	private int[] edgeTo = new int[1024];
	private int[] edgeTime = new int[1024];
	private int[] edgeMeters = new int[1024];
	private int edgeCount;

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
	 * A directed edge. Times are kept in whole deciseconds and never below one, so that no label can
	 * be improved after it is settled (see {@link NearestTwoSearch}).
	 */
	public void addEdge(int from, int to, double seconds, double meters) {
		if (from < 0 || from >= nodeCount || to < 0 || to >= nodeCount) {
			throw new IllegalArgumentException("edge " + from + " -> " + to + " names a node that does not exist");
		}
		if (!(seconds >= 0) || !(meters >= 0) || Double.isInfinite(seconds) || Double.isInfinite(meters)) {
			throw new IllegalArgumentException("edge " + from + " -> " + to + " has a negative or missing time or length");
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
		}
		edgeFrom[edgeCount] = from;
		edgeTo[edgeCount] = to;
		edgeTime[edgeCount] = (int) Math.max(1, Math.min(Integer.MAX_VALUE / 4, Math.round(seconds * 10)));
		edgeMeters[edgeCount] = (int) Math.min(Integer.MAX_VALUE / 4, Math.round(meters));
		edgeCount++;
	}

	/** Both directions of a road link. */
	public void addRoad(int a, int b, double seconds, double meters) {
		addEdge(a, b, seconds, meters);
		addEdge(b, a, seconds, meters);
	}

	public RoadGraph build() {
		int n = nodeCount;
		int[] newIndex = hilbertOrder();
		float[] nx = new float[n];
		float[] ny = new float[n];
		for (int old = 0; old < n; old++) {
			nx[newIndex[old]] = x[old];
			ny[newIndex[old]] = y[old];
		}
		int[] firstIn = new int[n + 1];
		for (int e = 0; e < edgeCount; e++) {
			firstIn[newIndex[edgeTo[e]] + 1]++;
		}
		for (int v = 0; v < n; v++) {
			firstIn[v + 1] += firstIn[v];
		}
		int[] fill = Arrays.copyOf(firstIn, n);
		int[] inEdges = new int[edgeCount * RoadGraph.EDGE_INTS];
		for (int e = 0; e < edgeCount; e++) {
			int slot = fill[newIndex[edgeTo[e]]]++ * RoadGraph.EDGE_INTS;
			inEdges[slot] = newIndex[edgeFrom[e]];
			inEdges[slot + 1] = edgeTime[e];
			inEdges[slot + 2] = edgeMeters[e];
		}
		boolean[] routable = LargestComponent.of(n, firstIn, inEdges);
		return new RoadGraph(n, firstIn, inEdges, nx, ny, routable);
	}

	/** New node numbers along a Hilbert curve over the bounding box (ties keep insertion order). */
	private int[] hilbertOrder() {
		int n = nodeCount;
		float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
		for (int i = 0; i < n; i++) {
			minX = Math.min(minX, x[i]);
			maxX = Math.max(maxX, x[i]);
			minY = Math.min(minY, y[i]);
			maxY = Math.max(maxY, y[i]);
		}
		double scale = 65535.0 / Math.max(1e-9, Math.max(maxX - minX, maxY - minY));
		long[] keys = new long[n];
		for (int i = 0; i < n; i++) {
			int hx = (int) ((x[i] - minX) * scale);
			int hy = (int) ((y[i] - minY) * scale);
			keys[i] = ((long) hilbertIndex(hx, hy) << 32) | i;
		}
		Arrays.parallelSort(keys);
		int[] newIndex = new int[n];
		for (int rank = 0; rank < n; rank++) {
			newIndex[(int) keys[rank]] = rank;
		}
		return newIndex;
	}

	/** Position of (x, y) on a Hilbert curve filling a 65536 x 65536 square. */
	static int hilbertIndex(int hx, int hy) {
		int d = 0;
		for (int s = 1 << 15; s > 0; s >>>= 1) {
			int rx = (hx & s) > 0 ? 1 : 0;
			int ry = (hy & s) > 0 ? 1 : 0;
			d += s * s * ((3 * rx) ^ ry);
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
