package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast engine against the textbook reference on random graphs: same times, distances, nearest
 * and second-nearest points, and closure impact for every point.
 */
class EngineDifferentialTest {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
	void engineMatchesReferenceOnRandomGraphs(long seed) {
		Random random = new Random(seed);
		boolean coarse = seed % 2 == 0;
		double size = 5000;
		RoadGraph graph = RandomNetworks.graph(random, 50 + random.nextInt(400), size, coarse, seed % 5 == 0);
		Cells cells = RandomNetworks.cells(random, 20 + random.nextInt(150), size, (int) (seed % 3));
		ServicePoints points = RandomNetworks.points(random, 1 + random.nextInt(25), 1 + random.nextInt(4), size);
		EngineSettings settings = new EngineSettings(400 + random.nextInt(800), 300 + random.nextInt(600),
				20, new int[] { 1, 3, 6 }, 2);

		Accessibility fast = new AccessibilityEngine(graph).analyse(cells, points, settings);
		Accessibility reference = new ReferenceDijkstra(graph).analyse(cells, points, settings);

		EngineComparison.assertSame(fast, reference, points.count());
	}

	/**
	 * Edges shorter than a bucket of the queue, many of equal time: labels land in the bucket being
	 * settled and must still come out in exact time order, ties broken as the reference breaks them.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 201, 202, 203, 204, 205, 206, 207, 208 })
	void engineMatchesReferenceWithEdgesShorterThanABucket(long seed) {
		Random random = new Random(seed);
		double size = 2000;
		RoadGraph graph = RandomNetworks.graph(random, 100 + random.nextInt(300), size, false, false, true);
		Cells cells = RandomNetworks.cells(random, 50 + random.nextInt(100), size, (int) (seed % 3));
		ServicePoints points = RandomNetworks.points(random, 2 + random.nextInt(20), 1 + random.nextInt(3), size);
		// fast connectors, so that the short edges decide, and thresholds of a minute or two
		EngineSettings settings = new EngineSettings(1000, 1000, 130, new int[] { 1, 2 }, 2);

		Accessibility fast = new AccessibilityEngine(graph).analyse(cells, points, settings);
		Accessibility reference = new ReferenceDijkstra(graph).analyse(cells, points, settings);

		EngineComparison.assertSame(fast, reference, points.count());
	}

	@ParameterizedTest
	@ValueSource(longs = { 101, 102, 103 })
	void pointsOnTheSameNodeAreDistinct(long seed) {
		Random random = new Random(seed);
		RoadGraph graph = RandomNetworks.graph(random, 60, 1000, true);
		Cells cells = RandomNetworks.cells(random, 40, 1000, 1);
		// three points of one type at one place: closing one moves nobody's time
		ServicePoints points = new ServicePoints(1, new int[] { 0, 0, 0 }, new double[] { 500, 500, 500 },
				new double[] { 500, 500, 500 });
		EngineSettings settings = new EngineSettings(2000, 2000, 20, new int[] { 1 }, 1);
		Accessibility fast = new AccessibilityEngine(graph).analyse(cells, points, settings);
		EngineComparison.assertSame(fast, new ReferenceDijkstra(graph).analyse(cells, points, settings), 3);
		for (int p = 0; p < 3; p++) {
			assertThat(fast.impact().affectedPopulation(p)).isZero();
		}
	}
}
