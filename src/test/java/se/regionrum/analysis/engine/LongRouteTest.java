package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Routes whose sums pass what an int holds: a chain of thousands of the longest edges the builder
 * takes. Times never wrap negative (the far end is unreachable instead), metres stop at the int
 * range's end, and the reference agrees field by field.
 */
class LongRouteTest {

	/** Nodes 64 m apart, a source at the first, a cell on every node: enough for day-long edges to pass the int range. */
	static final int NODES = 2600;

	@Test
	void timesPastTheIntRangeAreUnreachableNotNegative() {
		// day-long edges: the search runs on its heap
		Analysis a = chain(NODES, RoadGraphBuilder.MAX_EDGE_SECONDS, 1000);
		assertTimes(a, 864_000);
		assertThat(a.result.time(0, 2485)).isEqualTo(2485 * 864_000);
		assertThat(a.result.time(0, 2486)).isEqualTo(Accessibility.UNREACHABLE);
	}

	@Test
	void timesPastTheIntRangeAreUnreachableInTheBucketQueueToo() {
		// edges just short enough for the bucket queue, and enough of them to pass the int range
		Analysis a = chain(33_000, 6553, 10);
		assertTimes(a, 65_530);
		assertThat(a.result.time(0, 32_771)).isEqualTo(32_771 * 65_530);
		assertThat(a.result.time(0, 32_772)).isEqualTo(Accessibility.UNREACHABLE);
	}

	private static void assertTimes(Analysis a, long edgeDeciseconds) {
		for (int c = 0; c < a.result.cellCount(); c++) {
			int time = a.result.time(0, c);
			long expected = c * edgeDeciseconds;
			if (expected < NearestTwoSearch.INFINITE) {
				assertThat(time).as("cell %d", c).isEqualTo((int) expected);
			}
			else {
				assertThat(time).as("cell %d", c).isEqualTo(Accessibility.UNREACHABLE);
			}
		}
		EngineComparison.assertSame(a.result, a.reference, 1);
	}

	@Test
	void metresPastTheIntRangeStopAtItsEnd() {
		Analysis a = chain(NODES, 1, RoadGraphBuilder.MAX_EDGE_METERS);
		for (int c = 0; c < NODES; c++) {
			assertThat(a.result.time(0, c)).as("cell %d", c).isEqualTo(c * 10);
			assertThat(a.result.meters(0, c)).as("cell %d", c)
				.isEqualTo((int) Math.min(Integer.MAX_VALUE, c * 1_000_000L));
		}
		EngineComparison.assertSame(a.result, a.reference, 1);
	}

	@Test
	void theBuilderRefusesEdgesBeyondTheLimits() {
		RoadGraphBuilder builder = new RoadGraphBuilder();
		builder.addNode(0, 0);
		builder.addNode(1, 0);
		assertThatThrownBy(() -> builder.addEdge(0, 1, RoadGraphBuilder.MAX_EDGE_SECONDS + 1, 10))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.addEdge(0, 1, 10, RoadGraphBuilder.MAX_EDGE_METERS + 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	record Analysis(Accessibility result, Accessibility reference) {
	}

	private static Analysis chain(int nodes, double seconds, double meters) {
		RoadGraphBuilder builder = new RoadGraphBuilder();
		double[] x = new double[nodes];
		double[] y = new double[nodes];
		int[] population = new int[nodes];
		for (int i = 0; i < nodes; i++) {
			// whole metres below 2^24, which the graph's float coordinates hold exactly
			x[i] = 100_000 + i * 64.0;
			y[i] = 6_700_000;
			population[i] = 1;
			builder.addNode(x[i], y[i]);
		}
		for (int i = 0; i + 1 < nodes; i++) {
			builder.addRoad(i, i + 1, seconds, meters);
		}
		RoadGraph graph = builder.build();
		Cells cells = Cells.of(x, y, population);
		ServicePoints points = new ServicePoints(1, new int[] { 0 }, new double[] { x[0] }, new double[] { y[0] });
		EngineSettings settings = new EngineSettings(10, 10, 20, new int[] { 10 }, 1);
		return new Analysis(new AccessibilityEngine(graph).analyse(cells, points, settings),
				new ReferenceDijkstra(graph).analyse(cells, points, settings));
	}
}
