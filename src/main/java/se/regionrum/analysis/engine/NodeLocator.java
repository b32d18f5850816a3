package se.regionrum.analysis.engine;

/**
 * Finds the node nearest to a place, within a maximum distance: a uniform grid of buckets
 * over the network, searched ring by ring outwards until no closer node can be found.
 */
public final class NodeLocator {

	private final RoadGraph graph;
	private final double bucketSize;
	private final double minX;
	private final double minY;
	private final int columns;
	private final int rows;
	private final int[] firstInBucket;
	private final int[] nodes;

	public NodeLocator(RoadGraph graph, double bucketSize) {
		this.graph = graph;
		this.bucketSize = bucketSize;
		int n = graph.nodeCount;
		double loX = 0, loY = 0, hiX = 0, hiY = 0;
		for (int v = 0; v < n; v++) {
			loX = v == 0 ? graph.x[v] : Math.min(loX, graph.x[v]);
			hiX = v == 0 ? graph.x[v] : Math.max(hiX, graph.x[v]);
			loY = v == 0 ? graph.y[v] : Math.min(loY, graph.y[v]);
			hiY = v == 0 ? graph.y[v] : Math.max(hiY, graph.y[v]);
		}
		this.minX = loX;
		this.minY = loY;
		this.columns = (int) ((hiX - loX) / bucketSize) + 1;
		this.rows = (int) ((hiY - loY) / bucketSize) + 1;
		this.firstInBucket = new int[columns * rows + 1];
		this.nodes = new int[n];
		for (int v = 0; v < n; v++) {
			firstInBucket[bucketOf(graph.x[v], graph.y[v]) + 1]++;
		}
		for (int b = 0; b < columns * rows; b++) {
			firstInBucket[b + 1] += firstInBucket[b];
		}
		int[] fill = java.util.Arrays.copyOf(firstInBucket, columns * rows);
		for (int v = 0; v < n; v++) {
			nodes[fill[bucketOf(graph.x[v], graph.y[v])]++] = v;
		}
	}

	private int bucketOf(double px, double py) {
		int c = (int) ((px - minX) / bucketSize);
		int r = (int) ((py - minY) / bucketSize);
		return r * columns + c;
	}

	/** The nearest node within {@code maxDistance} metres, or -1. */
	public int nearest(double px, double py, double maxDistance) {
		if (nodes.length == 0) {
			return -1;
		}
		int c0 = (int) Math.floor((px - minX) / bucketSize);
		int r0 = (int) Math.floor((py - minY) / bucketSize);
		int best = -1;
		double bestSq = maxDistance * maxDistance;
		int maxRing = (int) Math.ceil(maxDistance / bucketSize) + 1;
		for (int ring = 0; ring <= maxRing; ring++) {
			// every bucket of this ring lies at least (ring - 1) buckets away from the point
			double ringDistance = (ring - 1) * bucketSize;
			if (ring > 0 && ringDistance > 0 && ringDistance * ringDistance > bestSq) {
				break;
			}
			for (int r = r0 - ring; r <= r0 + ring; r++) {
				if (r < 0 || r >= rows) {
					continue;
				}
				boolean edgeRow = r == r0 - ring || r == r0 + ring;
				int step = edgeRow ? 1 : 2 * ring;
				for (int c = c0 - ring; c <= c0 + ring; c += Math.max(step, 1)) {
					if (c < 0 || c >= columns) {
						continue;
					}
					int bucket = r * columns + c;
					for (int i = firstInBucket[bucket]; i < firstInBucket[bucket + 1]; i++) {
						int v = nodes[i];
						double dx = graph.x[v] - px;
						double dy = graph.y[v] - py;
						double sq = dx * dx + dy * dy;
						if (sq < bestSq || (sq == bestSq && best >= 0 && v < best) || (sq == bestSq && best < 0)) {
							bestSq = sq;
							best = v;
						}
					}
				}
			}
		}
		return best;
	}
}
