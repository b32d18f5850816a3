package se.regionrum.analysis.engine;

/**
 * Places where a new service point could open, attached to the network as points are: each site's
 * node ({@code -1} when no road lies within the point snap distance; such a site gains nothing) and
 * the time and metres of the straight stretch to it.
 */
public record CandidateSites(int[] node, int[] connectorTime, int[] connectorMeters) {

	public CandidateSites {
		if (node.length != connectorTime.length || node.length != connectorMeters.length) {
			throw new IllegalArgumentException("candidate site arrays differ in length");
		}
	}

	/** Sites at places in the graph's planar coordinates, attached with the point snap distance. */
	public static CandidateSites atPlaces(LocationInput input, double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("candidate coordinates differ in length");
		}
		int[] node = new int[x.length];
		int[] time = new int[x.length];
		int[] meters = new int[x.length];
		AccessibilityEngine.attach(input.graph, input.locator, x, y, input.settings.pointSnapMeters(), input.settings,
				node, time, meters);
		return new CandidateSites(node, time, meters);
	}

	/** A site at the centre of every cell of the input, in cell order. */
	public static CandidateSites atCells(LocationInput input) {
		return atPlaces(input, input.cells.x(), input.cells.y());
	}

	/** Sites on graph nodes themselves, with no stretch to walk or drive. */
	public static CandidateSites atNodes(RoadGraph graph, int[] nodes) {
		for (int v : nodes) {
			if (!graph.routable(v)) {
				throw new IllegalArgumentException("node " + v + " is not in the graph");
			}
		}
		return new CandidateSites(nodes.clone(), new int[nodes.length], new int[nodes.length]);
	}

	public int count() {
		return node.length;
	}

	public boolean onNetwork(int site) {
		return node[site] >= 0;
	}
}
