package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.network.OsmRoadNetworkReader;
import se.regionrum.analysis.servicepoint.OsmServicePointReader;
import se.regionrum.analysis.servicepoint.ServicePoint;
import se.regionrum.analysis.servicepoint.ServiceTypeIndex;

/**
 * The engine's rounding against no rounding at all: on each OSM extract, a Dijkstra over the
 * edges' unrounded seconds (as the reader computed them from length and speed) and unrounded
 * connectors. Every cell's nearest point must be the exact one except where the two best are within
 * {@link #TIE_SECONDS}, and every time must lie within the bound docs/analysis-engine.md states:
 * half a millisecond per edge (a whole one for an edge under half a millisecond, raised to one)
 * and per connector, summed along the route.
 */
class ExactTimeDifferentialTest {

	static final double TIE_SECONDS = 0.1;

	/** Room for the double sums' own error, in milliseconds. */
	private static final double EPSILON = 1e-6;

	@ParameterizedTest
	@ValueSource(strings = { "andorra-2020-05.osm.pbf", "helsinki-centre-2019-04.osm.pbf", "stockholm-sodermalm-2020-07.osm.pbf" })
	void nearestPointsAndTimesMatchAnUnroundedSearch(String file) {
		RoadGraphBuilder builder = new RoadGraphBuilder().keepExactSeconds();
		RoadGraph graph = new OsmRoadNetworkReader()
			.read(AnalysisFixtures.path(file), OsmRoadNetworkReader.Progress.NONE, builder).graph();
		double[] exactSeconds = builder.exactSeconds();
		List<ServicePoint> found = new OsmServicePointReader().read(AnalysisFixtures.path(file));
		ServicePoints points = ServiceTypeIndex.toEngine(found, ServiceTypeIndex.of(found, ServiceTypeIndex.DEFAULT));
		Cells cells = RealDataDifferentialTest.lattice(graph, 250, new Random(file.hashCode()));
		EngineSettings settings = new EngineSettings(500, 300, 20, new int[] { 2, 5, 10 }, 2);
		Accessibility result = new AccessibilityEngine(graph).analyse(cells, points, settings);

		double[] exactMillis = new double[exactSeconds.length];
		double[] roundedMillis = new double[exactSeconds.length];
		double[] edgeBound = new double[exactSeconds.length];
		for (int e = 0; e < exactSeconds.length; e++) {
			exactMillis[e] = exactSeconds[e] * EngineTime.UNITS_PER_SECOND;
			roundedMillis[e] = graph.inEdges[e * RoadGraph.EDGE_INTS + 1];
			edgeBound[e] = exactMillis[e] < 0.5 ? 1 : 0.5;
		}
		double metersPerMilli = settings.connectorSpeedKmh() / 3.6 / EngineTime.UNITS_PER_SECOND;
		// [point][cell]: exact time and the bound along the exact route; the bound along the rounded route
		double[][] exact = new double[points.count()][];
		double[][] exactRouteBound = new double[points.count()][];
		double[][] roundedRouteBound = new double[points.count()][];
		for (int p = 0; p < points.count(); p++) {
			int node = result.pointNode[p];
			if (node < 0) {
				continue;
			}
			double start = connectorMeters(graph, node, points.x()[p], points.y()[p]) / metersPerMilli;
			double[][] unrounded = dijkstra(graph, node, start, exactMillis, edgeBound);
			double[][] rounded = dijkstra(graph, node, Math.round(start), roundedMillis, edgeBound);
			exact[p] = new double[cells.count()];
			exactRouteBound[p] = new double[cells.count()];
			roundedRouteBound[p] = new double[cells.count()];
			for (int c = 0; c < cells.count(); c++) {
				int cellNode = result.cellNode[c];
				exact[p][c] = cellNode < 0 ? Double.POSITIVE_INFINITY
						: unrounded[0][cellNode] + connectorMeters(graph, cellNode, cells.x()[c], cells.y()[c]) / metersPerMilli;
				exactRouteBound[p][c] = cellNode < 0 ? 0 : unrounded[1][cellNode];
				roundedRouteBound[p][c] = cellNode < 0 ? 0 : rounded[1][cellNode];
			}
		}

		int compared = 0;
		int otherNearest = 0;
		double largestError = 0;
		double largestBound = 0;
		for (int type = 0; type < points.typeCount(); type++) {
			for (int c = 0; c < cells.count(); c++) {
				int best = -1;
				for (int p : points.ofType(type)) {
					if (exact[p] != null && exact[p][c] < Double.POSITIVE_INFINITY
							&& (best < 0 || exact[p][c] < exact[best][c])) {
						best = p;
					}
				}
				String where = file + ", type " + type + ", cell " + c;
				if (best < 0) {
					assertThat(result.time(type, c)).as(where).isEqualTo(Accessibility.UNREACHABLE);
					continue;
				}
				compared++;
				int nearest = result.nearest(type, c);
				assertThat(nearest).as(where).isNotNegative();
				double time = result.time(type, c);
				// the engine's route is no longer than the exact one rounded, and the other way round;
				// one more half millisecond for each of the two connectors
				double bound = Math.max(exactRouteBound[best][c], roundedRouteBound[nearest][c]) + 1;
				assertThat(Math.abs(time - exact[best][c])).as("time, " + where).isLessThanOrEqualTo(bound + EPSILON);
				largestError = Math.max(largestError, Math.abs(time - exact[best][c]));
				largestBound = Math.max(largestBound, bound);
				if (nearest != best) {
					otherNearest++;
					double gap = exact[nearest][c] - exact[best][c];
					assertThat(gap).as("gap to the exact nearest, " + where)
						.isLessThan(TIE_SECONDS * EngineTime.UNITS_PER_SECOND)
						.isLessThanOrEqualTo(exactRouteBound[best][c] + roundedRouteBound[nearest][c] + 1 + EPSILON);
				}
			}
		}
		assertThat(compared).isGreaterThan(50);
		System.out.printf(Locale.ROOT, "%s: %d cell times compared, largest error %.3f ms (largest bound %.1f ms), "
				+ "%d nearest points differ from the exact ones (all within the tie tolerance)%n", file, compared,
				largestError, largestBound, otherNearest);
	}

	private static double connectorMeters(RoadGraph graph, int node, double x, double y) {
		return Math.hypot(graph.x[node] - x, graph.y[node] - y);
	}

	/**
	 * Single-source Dijkstra over incoming edges with the given edge weights (milliseconds, as
	 * doubles): per node its time ({@code [0]}) and the sum of the edges' rounding bounds along the
	 * route found ({@code [1]}).
	 */
	private static double[][] dijkstra(RoadGraph graph, int source, double start, double[] weight, double[] edgeBound) {
		double[] time = new double[graph.nodeCount];
		double[] bound = new double[graph.nodeCount];
		Arrays.fill(time, Double.POSITIVE_INFINITY);
		boolean[] done = new boolean[graph.nodeCount];
		PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
		time[source] = start;
		queue.add(new double[] { start, source });
		while (!queue.isEmpty()) {
			double[] entry = queue.poll();
			int node = (int) entry[1];
			if (done[node]) {
				continue;
			}
			done[node] = true;
			for (int e = graph.firstIn[node]; e < graph.firstIn[node + 1]; e++) {
				int from = graph.inEdges[e * RoadGraph.EDGE_INTS];
				double candidate = time[node] + weight[e];
				if (!done[from] && candidate < time[from]) {
					time[from] = candidate;
					bound[from] = bound[node] + edgeBound[e];
					queue.add(new double[] { candidate, from });
				}
			}
		}
		return new double[][] { time, bound };
	}
}
