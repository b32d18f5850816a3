package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * Routes whose sums pass what an int holds: chains of the longest edges the builder takes. With
 * milliseconds in an int, {@link NearestTwoSearch#INFINITE} is about 24.8 days: a route past it is
 * unreachable, never negative, a route one millisecond short of it is reached; metres stop at the
 * int range's end; and the reference, which sums in longs, agrees field by field.
 */
class LongRouteTest {

	/** Nodes 64 m apart, a source at the first, a cell on every node: enough for day-long edges to pass the int range. */
	static final int NODES = 2600;

	/** The longest edge time the bucket queue takes; longer ones send the search to its heap. */
	static final double LONGEST_BUCKETED_SECONDS = 6553;

	@Test
	void timesPastTheIntRangeAreUnreachableNotNegative() {
		// day-long edges: the search runs on its heap
		Analysis a = chain(NODES, RoadGraphBuilder.MAX_EDGE_SECONDS, 1000);
		assertTimes(a, EngineTime.fromSeconds(RoadGraphBuilder.MAX_EDGE_SECONDS));
		assertThat(a.result.time(0, 24)).isEqualTo(24 * 86_400_000);
		assertThat(a.result.time(0, 25)).isEqualTo(Accessibility.UNREACHABLE);
	}

	@Test
	void timesPastTheIntRangeAreUnreachableInTheBucketQueueToo() {
		// edges just short enough for the bucket queue, and enough of them to pass the int range
		Analysis a = chain(NODES, LONGEST_BUCKETED_SECONDS, 10);
		assertTimes(a, EngineTime.fromSeconds(LONGEST_BUCKETED_SECONDS));
		assertThat(a.result.time(0, 327)).isEqualTo(327 * 6_553_000);
		assertThat(a.result.time(0, 328)).isEqualTo(Accessibility.UNREACHABLE);
	}

	@Test
	void aRouteOneUnitShortOfInfiniteIsReachedAndOneAtItIsNot() {
		// 24 day-long edges, one that brings the sum to INFINITE - 1 ms, then 1 ms more
		assertEndsAtInfinite(RoadGraphBuilder.MAX_EDGE_SECONDS, 24);
	}

	@Test
	void aRouteOneUnitShortOfInfiniteIsReachedAndOneAtItIsNotInTheBucketQueue() {
		// the last edge of 1 ms lands in the bucket being settled
		assertEndsAtInfinite(LONGEST_BUCKETED_SECONDS, 327);
	}

	private static void assertEndsAtInfinite(double edgeSeconds, int edges) {
		long edgeTime = EngineTime.fromSeconds(edgeSeconds);
		long rest = NearestTwoSearch.INFINITE - 1 - edges * edgeTime;
		double[] seconds = new double[edges + 2];
		Arrays.fill(seconds, 0, edges, edgeSeconds);
		seconds[edges] = EngineTime.toSeconds(rest);
		seconds[edges + 1] = EngineTime.toSeconds(1);
		Analysis a = chain(seconds, 10);
		assertThat(a.result.time(0, edges + 1)).isEqualTo(NearestTwoSearch.INFINITE - 1);
		assertThat(a.result.time(0, edges + 2)).isEqualTo(Accessibility.UNREACHABLE);
		EngineComparison.assertSame(a.result, a.reference, 1);
	}

	private static void assertTimes(Analysis a, long edgeTime) {
		for (int c = 0; c < a.result.cellCount(); c++) {
			int time = a.result.time(0, c);
			long expected = c * edgeTime;
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
			assertThat(a.result.time(0, c)).as("cell %d", c).isEqualTo(c * EngineTime.UNITS_PER_SECOND);
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
		double[] edgeSeconds = new double[nodes - 1];
		Arrays.fill(edgeSeconds, seconds);
		return chain(edgeSeconds, meters);
	}

	/** A chain with the given edge times, both ways. */
	private static Analysis chain(double[] edgeSeconds, double meters) {
		int nodes = edgeSeconds.length + 1;
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
			builder.addRoad(i, i + 1, edgeSeconds[i], meters);
		}
		RoadGraph graph = builder.build();
		Cells cells = Cells.of(x, y, population);
		ServicePoints points = new ServicePoints(1, new int[] { 0 }, new double[] { x[0] }, new double[] { y[0] });
		EngineSettings settings = new EngineSettings(10, 10, 20, new int[] { 10 }, 1);
		return new Analysis(new AccessibilityEngine(graph).analyse(cells, points, settings),
				new ReferenceDijkstra(graph).analyse(cells, points, settings));
	}
}
