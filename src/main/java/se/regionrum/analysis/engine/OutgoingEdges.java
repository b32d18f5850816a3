package se.regionrum.analysis.engine;

/**
 * The nodes each node's edges lead to, in CSR layout: {@code firstOut[v] .. firstOut[v+1]} index
 * {@code to}. {@link RoadGraph} keeps only incoming edges; repairing labels after a closure needs the
 * way out of the repaired area too, one-way streets included. The edge's time and metres stay in the
 * graph (among the incoming edges of {@code to}), so this costs one int per edge and per node.
 */
final class OutgoingEdges {

	final int[] firstOut;
	final int[] to;

	OutgoingEdges(RoadGraph graph) {
		int n = graph.nodeCount;
		firstOut = new int[n + 1];
		int[] in = graph.inEdges;
		for (int e = 0; e < in.length; e += RoadGraph.EDGE_INTS) {
			firstOut[in[e] + 1]++;
		}
		for (int v = 0; v < n; v++) {
			firstOut[v + 1] += firstOut[v];
		}
		to = new int[graph.edgeCount()];
		int[] next = firstOut.clone();
		for (int w = 0; w < n; w++) {
			for (int e = graph.firstIn[w]; e < graph.firstIn[w + 1]; e++) {
				to[next[graph.inEdges[e * RoadGraph.EDGE_INTS]]++] = w;
			}
		}
	}

	long memoryBytes() {
		return 4L * firstOut.length + 4L * to.length;
	}
}
