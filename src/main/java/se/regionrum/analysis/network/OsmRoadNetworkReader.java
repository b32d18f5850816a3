package se.regionrum.analysis.network;

import java.nio.file.Path;
import java.util.Arrays;

import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.RoadGraphBuilder;
import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.geo.Haversine;
import se.regionrum.analysis.input.OsmNodeCoordinates;
import se.regionrum.analysis.input.Problems;

/**
 * Builds a {@link RoadGraph} of one travel mode from an OSM PBF file in two passes: the first keeps
 * the ways the mode's {@link WayProfile} uses (a car's by default), the second reads the coordinates of just their nodes. Only way
 * ends and nodes shared by two or more ways (or met twice by one) become graph nodes; the shape
 * points between them are folded into the edge, whose length is measured along them by
 * haversine on WGS84. Graph coordinates are SWEREF 99 TM. Turn restrictions are not modelled.
 * <p>
 * A file that is not PBF or is cut short is rejected with an
 * {@link se.regionrum.platform.ImportRejectedException}; a file without a single way of the mode too.
 */
public final class OsmRoadNetworkReader {

	/** Told after each block of the file; both counts grow across the two passes. */
	@FunctionalInterface
	public interface Progress {
		void read(long nodesRead, long waysRead);

		Progress NONE = (nodes, ways) -> {
		};
	}

	/**
	 * What an import gave.
	 *
	 * @param wayNodes distinct OSM nodes on the used ways, shape points included (what other tools call routable nodes)
	 * @param graphNodes junctions and way ends built into nodes, before islands were left out
	 * @param graphEdges directed edges kept in the graph
	 * @param routableNodes nodes kept in the graph: its largest strongly connected component
	 * @param missingNodes node references of used ways that the file holds no node for (clipped extracts)
	 */
	public record Result(RoadGraph graph, long nodesRead, long waysRead, int waysUsed, int wayNodes, int graphNodes,
			int graphEdges, int routableNodes, int missingNodes) {
	}

	private final WayProfile profile;

	public OsmRoadNetworkReader(WayProfile profile) {
		this.profile = profile;
	}

	public OsmRoadNetworkReader(TravelMode mode) {
		this(mode.profile());
	}

	public OsmRoadNetworkReader() {
		this(CarProfile.defaults());
	}

	public Result read(Path pbf) {
		return read(pbf, Progress.NONE);
	}

	public Result read(Path pbf, Progress progress) {
		return read(pbf, progress, new RoadGraphBuilder());
	}

	/**
	 * Reads into the given empty builder: a test's that keeps the edges' unrounded times
	 * ({@link RoadGraphBuilder#keepExactSeconds()}) to measure the engine's rounding against.
	 */
	public Result read(Path pbf, Progress progress, RoadGraphBuilder builder) {
		if (builder.nodeCount() > 0) {
			throw new IllegalArgumentException("the builder must be empty");
		}
		long[] waysRead = new long[1];
		OsmRoadWays ways = new OsmRoadWays(profile, count -> {
			waysRead[0] = count;
			progress.read(0, count);
		});
		se.regionrum.analysis.input.PbfPass.run(pbf, ways);
		if (ways.wayCount == 0) {
			throw Problems.fileRejected(profile.noWaysKey(), pbf.getFileName().toString());
		}
		long[] ids = OsmNodeCoordinates.sortedUnique(ways.refs, ways.refCount);
		long[] nodesRead = new long[1];
		OsmNodeCoordinates nodes = OsmNodeCoordinates.read(pbf, ids, count -> {
			nodesRead[0] = count;
			progress.read(count, waysRead[0]);
		});
		int[] refIndex = new int[ways.refCount];
		for (int i = 0; i < ways.refCount; i++) {
			refIndex[i] = nodes.indexOf(ways.refs[i]);
		}
		ways.refs = null;
		Assembly assembly = new Assembly(builder, nodes, useCounts(ways, refIndex, nodes.size()));
		for (int w = 0; w < ways.wayCount; w++) {
			assembly.way(refIndex, ways.start[w], ways.start[w + 1], ways.kmh[w] / 3.6, ways.direction[w]);
		}
		RoadGraph graph = assembly.builder.build();
		return new Result(graph, nodesRead[0], waysRead[0], ways.wayCount, nodes.size(), graph.inputNodeCount(),
				graph.edgeCount(), graph.nodeCount(), assembly.missing);
	}

	/** How often ways meet each node, way ends counting twice, so that 2 or more marks a graph node. */
	private static byte[] useCounts(OsmRoadWays ways, int[] refIndex, int nodeCount) {
		byte[] uses = new byte[nodeCount];
		for (int i = 0; i < ways.refCount; i++) {
			uses[refIndex[i]] = (byte) Math.min(2, uses[refIndex[i]] + 1);
		}
		for (int w = 0; w < ways.wayCount; w++) {
			uses[refIndex[ways.start[w]]] = 2;
			uses[refIndex[ways.start[w + 1] - 1]] = 2;
		}
		return uses;
	}

	/** Walks each way, cutting it into edges at graph nodes. */
	private static final class Assembly {

		final RoadGraphBuilder builder;
		final OsmNodeCoordinates nodes;
		final byte[] uses;
		final int[] graphNode;
		final CoordinateTransforms.PlanarTransform toSweref = CoordinateTransforms.toSweref99(CoordinateTransforms.WGS84);
		int missing;

		Assembly(RoadGraphBuilder builder, OsmNodeCoordinates nodes, byte[] uses) {
			this.builder = builder;
			this.nodes = nodes;
			this.uses = uses;
			this.graphNode = new int[nodes.size()];
			Arrays.fill(graphNode, -1);
		}

		void way(int[] refIndex, int from, int to, double metersPerSecond, int direction) {
			RoadChain chain = null;
			int previous = -1;
			for (int k = from; k < to; k++) {
				int node = refIndex[k];
				if (!nodes.found(node)) {
					// the way leaves the extract: end the edge at the last node inside
					missing++;
					if (chain != null && chain.open()) {
						chain.close(graphNode(previous));
					}
					chain = null;
					continue;
				}
				if (chain == null) {
					chain = new RoadChain(builder, graphNode(node), metersPerSecond, direction);
					previous = node;
					continue;
				}
				double[] a = planar(previous);
				double[] b = planar(node);
				chain.stretch(a[0], a[1], b[0], b[1],
						Haversine.meters(nodes.lon(previous), nodes.lat(previous), nodes.lon(node), nodes.lat(node)));
				previous = node;
				if (uses[node] >= 2 || k == to - 1 || chain.due()) {
					chain.close(graphNode(node));
				}
			}
		}

		private double[] planar(int node) {
			return toSweref.apply(nodes.lon(node), nodes.lat(node));
		}

		private int graphNode(int node) {
			if (graphNode[node] < 0) {
				double[] xy = planar(node);
				graphNode[node] = builder.addNode(xy[0], xy[1]);
			}
			return graphNode[node];
		}
	}
}
