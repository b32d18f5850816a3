package se.regionrum.analysis.cli;

import java.util.Arrays;

/**
 * The nearest cell centre to each of some places, by straight-line distance: cells sorted by
 * {@code x}, and from a place's {@code x} outwards until the strip is wider than the best distance
 * found. On a grid a place scans about the column of cells nearest to it, a few thousand on a
 * national grid: enough for the one look-up per location analysis the command makes.
 */
final class NearestCell {

	private NearestCell() {
	}

	/** Per place, the index of the nearest cell; -1 where there are no cells. */
	static int[] of(double[] cellX, double[] cellY, double[] x, double[] y) {
		int n = cellX.length;
		int[] byX = sortedByX(cellX);
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

	/**
	 * Cell indices in order of {@code x}: the distinct values sorted, then a counting sort by rank
	 * (a grid's cells share few {@code x} values, and nothing is boxed).
	 */
	private static int[] sortedByX(double[] x) {
		double[] values = x.clone();
		Arrays.sort(values);
		int distinct = 0;
		for (int i = 0; i < values.length; i++) {
			if (i == 0 || Double.compare(values[i], values[distinct - 1]) != 0) {
				values[distinct++] = values[i];
			}
		}
		int[] start = new int[distinct + 1];
		int[] rank = new int[x.length];
		for (int c = 0; c < x.length; c++) {
			rank[c] = Arrays.binarySearch(values, 0, distinct, x[c]);
			start[rank[c] + 1]++;
		}
		for (int r = 0; r < distinct; r++) {
			start[r + 1] += start[r];
		}
		int[] sorted = new int[x.length];
		for (int c = 0; c < x.length; c++) {
			sorted[start[rank[c]]++] = c;
		}
		return sorted;
	}
}
