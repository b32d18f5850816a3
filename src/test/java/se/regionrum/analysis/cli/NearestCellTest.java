package se.regionrum.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class NearestCellTest {

	@Test
	void findsTheNearestCellAsAFullScanDoesWithTiesToTheLowerIndex() {
		Random random = new Random(7);
		for (int round = 0; round < 20; round++) {
			// a grid with holes (cells share x values and distances tie), in random order
			int n = 50 + random.nextInt(400);
			double[] cellX = new double[n];
			double[] cellY = new double[n];
			for (int c = 0; c < n; c++) {
				cellX[c] = 250 * random.nextInt(30);
				cellY[c] = 250 * random.nextInt(30);
			}
			double[] x = new double[300];
			double[] y = new double[300];
			for (int i = 0; i < x.length; i++) {
				// some on the lattice (ties), some between, some far outside
				x[i] = i % 3 == 0 ? 125 * random.nextInt(70) - 500 : random.nextDouble() * 12_000 - 2_000;
				y[i] = i % 3 == 0 ? 125 * random.nextInt(70) - 500 : random.nextDouble() * 12_000 - 2_000;
			}
			int[] nearest = NearestCell.of(cellX, cellY, x, y);
			for (int i = 0; i < x.length; i++) {
				int best = -1;
				double bestSquared = Double.POSITIVE_INFINITY;
				for (int c = 0; c < n; c++) {
					double squared = (cellX[c] - x[i]) * (cellX[c] - x[i]) + (cellY[c] - y[i]) * (cellY[c] - y[i]);
					if (squared < bestSquared) {
						best = c;
						bestSquared = squared;
					}
				}
				assertThat(nearest[i]).as("round %d, place %d", round, i).isEqualTo(best);
			}
		}
	}

	@Test
	void withoutCellsNoPlaceHasOne() {
		assertThat(NearestCell.of(new double[0], new double[0], new double[] { 1 }, new double[] { 2 })).containsExactly(-1);
	}
}
