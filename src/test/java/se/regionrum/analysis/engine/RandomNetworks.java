package se.regionrum.analysis.engine;

import java.util.List;
import java.util.Random;

/** Random road-like test inputs: nodes in a square, links to nearby nodes, some one-way. */
final class RandomNetworks {

	/** Edge times for {@code shortEdges}: a few values, so that sums tie. */
	private static final double[] SHORT_SECONDS = { 0.001, 0.002, 0.003, 0.010, 0.030, 0.060, 0.150 };

	private RandomNetworks() {
	}

	/**
	 * @param coarse small integer times and lengths, so that ties are common and tie-breaking is tested
	 */
	static RoadGraph graph(Random random, int nodes, double size, boolean coarse) {
		return graph(random, nodes, size, coarse, false);
	}

	/**
	 * @param slowLink adds one very slow link (a ferry, say) so that the search must use its heap
	 *        instead of the bucket ring
	 */
	static RoadGraph graph(Random random, int nodes, double size, boolean coarse, boolean slowLink) {
		return graph(random, nodes, size, coarse, slowLink, false);
	}

	/**
	 * @param shortEdges times of a few milliseconds, mostly shorter than the search's buckets and
	 *        often equal, so that chains of edges land in the bucket being settled and tie there
	 */
	static RoadGraph graph(Random random, int nodes, double size, boolean coarse, boolean slowLink,
			boolean shortEdges) {
		RoadGraphBuilder builder = new RoadGraphBuilder();
		double[] x = new double[nodes];
		double[] y = new double[nodes];
		for (int i = 0; i < nodes; i++) {
			x[i] = random.nextDouble() * size;
			y[i] = random.nextDouble() * size;
			builder.addNode(x[i], y[i]);
		}
		for (int i = 0; i < nodes; i++) {
			int links = 1 + random.nextInt(3);
			for (int l = 0; l < links; l++) {
				// mostly a near neighbour, sometimes any node (a long fast road)
				int j = nearestOfSample(random, x, y, i, random.nextInt(10) == 0 ? 1 : 8);
				if (j == i) {
					continue;
				}
				double meters = Math.hypot(x[i] - x[j], y[i] - y[j]);
				double speed = random.nextInt(4) == 0 ? 25 : 14; // m/s
				double seconds = meters / speed;
				if (coarse) {
					seconds = 1 + random.nextInt(3);
					meters = 10 * (1 + random.nextInt(2));
				}
				if (shortEdges) {
					seconds = SHORT_SECONDS[random.nextInt(SHORT_SECONDS.length)];
					meters = 1 + random.nextInt(2);
				}
				if (random.nextInt(5) == 0) {
					builder.addEdge(i, j, seconds, meters);
				} else {
					builder.addRoad(i, j, seconds, meters);
				}
			}
		}
		if (slowLink) {
			builder.addRoad(0, nodes - 1, 10_000, 30_000);
		}
		return builder.build();
	}

	private static int nearestOfSample(Random random, double[] x, double[] y, int from, int sample) {
		int best = random.nextInt(x.length);
		for (int s = 1; s < sample; s++) {
			int j = random.nextInt(x.length);
			if (j != from && (best == from
					|| Math.hypot(x[j] - x[from], y[j] - y[from]) < Math.hypot(x[best] - x[from], y[best] - y[from]))) {
				best = j;
			}
		}
		return best;
	}

	static Cells cells(Random random, int count, double size, int ageGroups) {
		double[] x = new double[count];
		double[] y = new double[count];
		int[] population = new int[count];
		int[][] ages = new int[ageGroups][count];
		for (int c = 0; c < count; c++) {
			x[c] = random.nextDouble() * size;
			y[c] = random.nextDouble() * size;
			population[c] = 1 + random.nextInt(200);
			int left = population[c];
			for (int g = 0; g < ageGroups; g++) {
				int part = g == ageGroups - 1 ? left : random.nextInt(left + 1);
				ages[g][c] = part;
				left -= part;
			}
		}
		List<String> names = new java.util.ArrayList<>();
		for (int g = 0; g < ageGroups; g++) {
			names.add("group" + g);
		}
		return new Cells(x, y, population, names, ages);
	}

	static ServicePoints points(Random random, int count, int types, double size) {
		int[] type = new int[count];
		double[] x = new double[count];
		double[] y = new double[count];
		for (int p = 0; p < count; p++) {
			type[p] = random.nextInt(types);
			x[p] = random.nextDouble() * size;
			y[p] = random.nextDouble() * size;
		}
		return new ServicePoints(types, type, x, y);
	}
}
