package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * The road graph reduced to what gain searches look at: the nodes that must stay (those holding
 * cells and those sites start from) and the junctions between them. Two reductions keep every time
 * between the remaining nodes exact:
 * <ul>
 * <li><b>Dead ends.</b> A node that need not stay and has at most one neighbour left is dropped,
 * again and again: a tree of such nodes hangs off one node, so no shortest path between two others
 * enters it.</li>
 * <li><b>Chains.</b> A node that need not stay and has exactly two neighbours is bridged: each way
 * along a chain of such nodes becomes one edge whose time is the sum of the chain's edges, when
 * every edge of the chain runs that way.</li>
 * </ul>
 * A {@link GainSearch} over this graph reaches exactly the remaining nodes that its search over the
 * whole graph would, at the same times: where a node along a dropped chain is not better, neither is
 * the node behind it (the bounds obey the triangle inequality), and sums of whole milliseconds do not
 * depend on where the sum is cut. On the synthetic region a third of the nodes remain.
 * <p>
 * Edges are stored reversed in CSR layout, as in {@link RoadGraph}, with {@link #EDGE_INTS} ints
 * each: the node the edge leaves and its time. Nodes keep the graph's order, so the Hilbert
 * locality stays.
 */
final class GainGraph {

	static final int EDGE_INTS = 2;

	final int nodeCount;
	/** Graph node of each node here, ascending. */
	final int[] graphNode;
	final int[] firstIn;
	final int[] inEdges;

	private GainGraph(int[] graphNode, int[] firstIn, int[] inEdges) {
		this.nodeCount = graphNode.length;
		this.graphNode = graphNode;
		this.firstIn = firstIn;
		this.inEdges = inEdges;
	}

	/**
	 * The node here of a graph node; -1 where it was dropped or bridged. A search (not a table of an
	 * int per graph node): it is asked once per search.
	 */
	int nodeOf(int graphNode) {
		int here = Arrays.binarySearch(this.graphNode, graphNode);
		return here >= 0 ? here : -1;
	}

	/** The reduced graph in which every node marked in {@code stays} remains. */
	static GainGraph of(RoadGraph graph, boolean[] stays) {
		int n = graph.nodeCount;
		Neighbours neighbours = new Neighbours(graph);
		boolean[] dropped = dropDeadEnds(neighbours, stays);
		int[] nodeOf = new int[n];
		int count = 0;
		for (int v = 0; v < n; v++) {
			boolean bridged = !stays[v] && neighbours.degree[v] == 2;
			nodeOf[v] = dropped[v] || bridged ? -1 : count++;
		}
		int[] graphNode = new int[count];
		int[] firstIn = new int[count + 1];
		int[] edges = new int[Math.max(16, graph.edgeCount())];
		int edgeInts = 0;
		for (int v = 0; v < n; v++) {
			int here = nodeOf[v];
			if (here < 0) {
				continue;
			}
			graphNode[here] = v;
			firstIn[here] = edgeInts / EDGE_INTS;
			for (int e = graph.firstIn[v]; e < graph.firstIn[v + 1]; e++) {
				int from = graph.inEdges[e * RoadGraph.EDGE_INTS];
				if (dropped[from] || from == v) {
					continue;
				}
				long time = graph.inEdges[e * RoadGraph.EDGE_INTS + 1];
				int previous = v;
				// follow a chain of bridged nodes back to the node it starts from
				while (nodeOf[from] < 0) {
					int next = neighbours.other(from, previous, dropped);
					long step = next < 0 ? -1 : minTime(graph, next, from);
					if (step < 0) {
						time = -1;
						break;
					}
					time += step;
					previous = from;
					from = next;
				}
				if (time < 0 || time >= NearestTwoSearch.INFINITE || from == v) {
					continue;
				}
				if (edgeInts + EDGE_INTS > edges.length) {
					edges = Arrays.copyOf(edges, edges.length * 2);
				}
				edges[edgeInts++] = nodeOf[from];
				edges[edgeInts++] = (int) time;
			}
		}
		firstIn[count] = edgeInts / EDGE_INTS;
		return new GainGraph(graphNode, firstIn, Arrays.copyOf(edges, edgeInts));
	}

	/** Marks the dead ends: nodes that need not stay, left with at most one neighbour, repeatedly. */
	private static boolean[] dropDeadEnds(Neighbours neighbours, boolean[] stays) {
		int n = stays.length;
		int[] degree = neighbours.degree;
		boolean[] dropped = new boolean[n];
		int[] queue = new int[n];
		int tail = 0;
		for (int v = 0; v < n; v++) {
			if (!stays[v] && degree[v] <= 1) {
				dropped[v] = true;
				queue[tail++] = v;
			}
		}
		for (int head = 0; head < tail; head++) {
			// a node is marked when queued, so at most one neighbour of it is left unmarked
			int u = neighbours.other(queue[head], -1, dropped);
			if (u >= 0 && --degree[u] <= 1 && !stays[u]) {
				dropped[u] = true;
				queue[tail++] = u;
			}
		}
		return dropped;
	}

	/** The least time of the edges from {@code from} to {@code to}; -1 when there is none. */
	private static long minTime(RoadGraph graph, int from, int to) {
		long best = -1;
		for (int e = graph.firstIn[to]; e < graph.firstIn[to + 1]; e++) {
			int edge = e * RoadGraph.EDGE_INTS;
			if (graph.inEdges[edge] == from && (best < 0 || graph.inEdges[edge + 1] < best)) {
				best = graph.inEdges[edge + 1];
			}
		}
		return best;
	}

	long memoryBytes() {
		return 4L * (graphNode.length + firstIn.length + inEdges.length);
	}

	/** Each node's distinct neighbours, either way along an edge, found from in- and out-edges. */
	private static final class Neighbours {

		final RoadGraph graph;
		final OutgoingEdges out;
		/** Distinct neighbours, later less those dropped. */
		final int[] degree;

		Neighbours(RoadGraph graph) {
			this.graph = graph;
			this.out = new OutgoingEdges(graph);
			this.degree = new int[graph.nodeCount];
			for (int v = 0; v < graph.nodeCount; v++) {
				degree[v] = count(v);
			}
		}

		private int count(int v) {
			int distinct = 0;
			for (int i = 0; i < edgesAt(v); i++) {
				int u = at(v, i);
				if (u != v && firstPlace(v, u, i)) {
					distinct++;
				}
			}
			return distinct;
		}

		/** In-edges then out-edges of {@code v}. */
		private int edgesAt(int v) {
			return (graph.firstIn[v + 1] - graph.firstIn[v]) + (out.firstOut[v + 1] - out.firstOut[v]);
		}

		/** The neighbour of {@code v} that is neither {@code previous} nor marked; -1 when none. */
		int other(int v, int previous, boolean[] marked) {
			for (int i = 0; i < edgesAt(v); i++) {
				int u = at(v, i);
				if (u != v && u != previous && !marked[u]) {
					return u;
				}
			}
			return -1;
		}

		private int at(int v, int i) {
			int in = graph.firstIn[v + 1] - graph.firstIn[v];
			return i < in ? graph.inEdges[(graph.firstIn[v] + i) * RoadGraph.EDGE_INTS] : out.to[out.firstOut[v] + i - in];
		}

		private boolean firstPlace(int v, int u, int i) {
			for (int j = 0; j < i; j++) {
				if (at(v, j) == u) {
					return false;
				}
			}
			return true;
		}
	}
}
