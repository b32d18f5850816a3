package se.regionrum.analysis.engine;

/**
 * A road network as a compact, read-only graph for searches <em>towards</em> destinations.
 * <p>
 * Edges are stored reversed in CSR layout: {@code firstIn[v] .. firstIn[v+1]} index the edges that
 * arrive at {@code v}; each takes {@link #EDGE_INTS} ints in {@code inEdges}: the node the edge
 * leaves, its travel time in {@link EngineTime} units (milliseconds) and its length in metres. A search from service points
 * over incoming edges gives every node its time to the nearest point, as a traveller drives it,
 * one-way streets included. Nodes are numbered along a Hilbert curve so that neighbours in space
 * are close in memory. Only the strongly connected components worth keeping are in it (the largest,
 * and others of {@link RoadGraphBuilder#MIN_COMPONENT_NODES} nodes or more): no shortest path between
 * two nodes of one leaves it, and a place attached to a fragment could neither reach nor be reached. Coordinates are planar metres (SWEREF 99 TM for Swedish data).
 */
public final class RoadGraph {

	/** Ints per edge in {@link #inEdges}: source node, time ({@link EngineTime} units), metres. */
	public static final int EDGE_INTS = 3;

	final int nodeCount;
	final int[] firstIn;
	final int[] inEdges;
	final float[] x;
	final float[] y;
	/** Nodes the source network had, before islands were left out. */
	final int inputNodeCount;
	/** The longest edge's time: how far ahead of the search front a bucket queue must reach. */
	final int maxEdgeTime;
	/** The shortest edge's time: whether an edge can end in the bucket the search is settling. */
	final int minEdgeTime;

	RoadGraph(int nodeCount, int[] firstIn, int[] inEdges, float[] x, float[] y, int inputNodeCount) {
		this.nodeCount = nodeCount;
		this.firstIn = firstIn;
		this.inEdges = inEdges;
		this.x = x;
		this.y = y;
		this.inputNodeCount = inputNodeCount;
		int longest = 0;
		int shortest = Integer.MAX_VALUE;
		for (int e = 1; e < inEdges.length; e += EDGE_INTS) {
			longest = Math.max(longest, inEdges[e]);
			shortest = Math.min(shortest, inEdges[e]);
		}
		this.maxEdgeTime = longest;
		this.minEdgeTime = shortest;
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

	/** Every node of the graph is routable: islands are left out when it is built. */
	public boolean routable(int node) {
		return node >= 0 && node < nodeCount;
	}

	public int routableCount() {
		return nodeCount;
	}

	/** Nodes in the source network, islands included. */
	public int inputNodeCount() {
		return inputNodeCount;
	}

	/** Bytes held by the edges, offsets and coordinates: all the graph holds. */
	public long memoryBytes() {
		return 4L * inEdges.length + 4L * firstIn.length + 4L * x.length + 4L * y.length;
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
		/** @param time in {@link EngineTime} units */
		void edge(int from, int to, int time, int meters);
	}
}
