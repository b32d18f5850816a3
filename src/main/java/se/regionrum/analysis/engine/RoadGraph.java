package se.regionrum.analysis.engine;

/**
 * A road network as a compact, read-only graph for searches <em>towards</em> destinations.
 * <p>
 * Edges are stored reversed in CSR layout: {@code firstIn[v] .. firstIn[v+1]} index the edges that
 * arrive at {@code v}; each takes {@link #EDGE_INTS} ints in {@code inEdges}: the node the edge
 * leaves, its travel time in deciseconds and its length in metres. A search from service points
 * over incoming edges gives every node its time to the nearest point, as a traveller drives it,
 * one-way streets included. Nodes are numbered along a Hilbert curve so that neighbours in space
 * are close in memory. Coordinates are planar metres (SWEREF 99 TM for Swedish data).
 */
public final class RoadGraph {

	/** Ints per edge in {@link #inEdges}: source node, deciseconds, metres. */
	public static final int EDGE_INTS = 3;

	final int nodeCount;
	final int[] firstIn;
	final int[] inEdges;
	final float[] x;
	final float[] y;
	/** Nodes of the largest strongly connected component: only these take cells and points. */
	final boolean[] routable;
	/** The longest edge's time: how far ahead of the search front a bucket queue must reach. */
	final int maxEdgeTime;

	RoadGraph(int nodeCount, int[] firstIn, int[] inEdges, float[] x, float[] y, boolean[] routable) {
		this.nodeCount = nodeCount;
		this.firstIn = firstIn;
		this.inEdges = inEdges;
		this.x = x;
		this.y = y;
		this.routable = routable;
		int longest = 0;
		for (int e = 1; e < inEdges.length; e += EDGE_INTS) {
			longest = Math.max(longest, inEdges[e]);
		}
		this.maxEdgeTime = longest;
	}

	public int nodeCount() {
		return nodeCount;
	}

	public int edgeCount() {
		return inEdges.length / EDGE_INTS;
	}

	public double x(int node) {
		return x[node];
	}

	public double y(int node) {
		return y[node];
	}

	public boolean routable(int node) {
		return routable[node];
	}

	public int routableCount() {
		int count = 0;
		for (boolean r : routable) {
			if (r) {
				count++;
			}
		}
		return count;
	}

	/** Bytes held by the edges, offsets and coordinates (the part that grows with the network). */
	public long memoryBytes() {
		return 4L * inEdges.length + 4L * firstIn.length + 4L * x.length + 4L * y.length + routable.length;
	}

	/** The same figure per directed edge, the measure the performance target uses. */
	public double bytesPerEdge() {
		return edgeCount() == 0 ? 0 : (double) memoryBytes() / edgeCount();
	}

	/** Visits every directed edge as {@code from -> to}; for exports and tests, not for searches. */
	public void forEachEdge(EdgeVisitor visitor) {
		for (int to = 0; to < nodeCount; to++) {
			for (int e = firstIn[to]; e < firstIn[to + 1]; e++) {
				int base = e * EDGE_INTS;
				visitor.edge(inEdges[base], to, inEdges[base + 1], inEdges[base + 2]);
			}
		}
	}

	@FunctionalInterface
	public interface EdgeVisitor {
		void edge(int from, int to, int deciseconds, int meters);
	}
}
