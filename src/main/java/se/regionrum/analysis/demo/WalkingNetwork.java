package se.regionrum.analysis.demo;

import java.util.Arrays;

import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.RoadGraphBuilder;
import se.regionrum.analysis.network.WalkingProfile;

/**
 * The demo's walking network: the synthetic roads walked both ways at walking pace. A synthetic
 * region has no footpaths to add, and regenerating it would cost the demo's start-up time.
 */
final class WalkingNetwork {

	/** Bits for an edge's metres in a sort key: up to 2,097 km, beyond the builder's 1,000 km limit. */
	private static final int METER_BITS = 21;

	private WalkingNetwork() {
	}

	static RoadGraph of(RoadGraph roads) {
		int n = roads.nodeCount();
		if ((long) n * n >= 1L << (63 - METER_BITS)) {
			throw new IllegalArgumentException("too many nodes for the demo's walking network: " + n);
		}
		// one key per road, whichever way it was drawn and whether it was one-way: its ends, then metres
		long[] keys = new long[roads.edgeCount()];
		int[] count = { 0 };
		roads.forEachEdge((from, to, time, meters) -> {
			long pair = (long) Math.min(from, to) * n + Math.max(from, to);
			keys[count[0]++] = pair << METER_BITS | meters;
		});
		Arrays.sort(keys, 0, count[0]);
		RoadGraphBuilder builder = new RoadGraphBuilder();
		for (int v = 0; v < n; v++) {
			builder.addNode(roads.x(v), roads.y(v));
		}
		double metersPerSecond = WalkingProfile.WALK_KMH / 3.6;
		long previousPair = -1;
		for (int i = 0; i < count[0]; i++) {
			long pair = keys[i] >>> METER_BITS;
			if (pair == previousPair) {
				continue;
			}
			previousPair = pair;
			int meters = (int) (keys[i] & ((1L << METER_BITS) - 1));
			builder.addRoad((int) (pair / n), (int) (pair % n), meters / metersPerSecond, meters);
		}
		return builder.build();
	}

}
