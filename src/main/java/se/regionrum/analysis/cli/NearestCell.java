package se.regionrum.analysis.cli;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The nearest cell centre to each of some places, by straight-line distance: cells sorted by
 * {@code x}, and from a place's {@code x} outwards until the strip is wider than the best distance
 * found. Near-linear on a grid of cells, and the CLI asks it once per location analysis.
 */
final class NearestCell {

	private NearestCell() {
	}

	/** Per place, the index of the nearest cell; -1 where there are no cells. */
	static int[] of(double[] cellX, double[] cellY, double[] x, double[] y) {
		int n = cellX.length;
		int[] byX = IntStream.range(0, n).boxed()
			.sorted((a, b) -> Double.compare(cellX[a], cellX[b]))
			.mapToInt(Integer::intValue)
			.toArray();
		double[] sortedX = new double[n];
		for (int i = 0; i < n; i++) {
			sortedX[i] = cellX[byX[i]];
		}
		int[] nearest = new int[x.length];
		for (int q = 0; q < x.length; q++) {
			int at = Arrays.binarySearch(sortedX, x[q]);
			int right = at >= 0 ? at : -at - 1;
			int left = right - 1;
			int best = -1;
			double bestSquared = Double.POSITIVE_INFINITY;
			while (left >= 0 || right < n) {
				double dl = left >= 0 ? x[q] - sortedX[left] : Double.POSITIVE_INFINITY;
				double dr = right < n ? sortedX[right] - x[q] : Double.POSITIVE_INFINITY;
				boolean goLeft = dl <= dr;
				double dx = goLeft ? dl : dr;
				if (dx * dx > bestSquared) {
					break;
				}
				int cell = byX[goLeft ? left-- : right++];
				double dy = cellY[cell] - y[q];
				double squared = dx * dx + dy * dy;
				if (squared < bestSquared || squared == bestSquared && cell < best) {
					best = cell;
					bestSquared = squared;
				}
			}
			nearest[q] = best;
		}
		return nearest;
	}
}
