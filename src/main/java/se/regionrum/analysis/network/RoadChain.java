package se.regionrum.analysis.network;

import se.regionrum.analysis.engine.RoadGraphBuilder;

/**
 * Lays a road between junctions as a chain of edges no longer than {@link #MAX_EDGE_METERS}: cells
 * and service points attach to the nearest node, so a place beside the middle of a long rural road
 * must find a node there, not only at the junctions kilometres away. Shape points become nodes
 * where the chain is due one; a long straight stretch gets nodes placed along it.
 */
final class RoadChain {

	static final double MAX_EDGE_METERS = 250;

	private final RoadGraphBuilder builder;
	private final double metersPerSecond;
	private final int direction;
	private int start;
	private double meters;

	/**
	 * @param direction 1 along the drawing order only, -1 against it only, 0 both ways
	 */
	RoadChain(RoadGraphBuilder builder, int startNode, double metersPerSecond, int direction) {
		this.builder = builder;
		this.start = startNode;
		this.metersPerSecond = metersPerSecond;
		this.direction = direction;
	}

	/** Follows a stretch from (fromX, fromY) to (toX, toY) of the given length along the road. */
	void stretch(double fromX, double fromY, double toX, double toY, double length) {
		int pieces = (int) Math.ceil(length / MAX_EDGE_METERS);
		for (int p = 1; p < pieces; p++) {
			double f = (double) p / pieces;
			meters += length / pieces;
			close(builder.addNode(fromX + (toX - fromX) * f, fromY + (toY - fromY) * f));
		}
		meters += pieces > 1 ? length / pieces : length;
	}

	/** Whether the open edge is long enough that the next shape point should become a node. */
	boolean due() {
		return meters >= MAX_EDGE_METERS * 0.6;
	}

	boolean open() {
		return meters > 0;
	}

	/** Ends the open edge at the node and starts the next one there. */
	void close(int node) {
		double seconds = meters / metersPerSecond;
		if (direction >= 0) {
			builder.addEdge(start, node, seconds, meters);
		}
		if (direction <= 0) {
			builder.addEdge(node, start, seconds, meters);
		}
		start = node;
		meters = 0;
	}
}
