package se.regionrum.analysis.location;

import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.engine.ServicePoints;

/**
 * Times from single places to every cell, by the accessibility engine itself: each place goes in as
 * a service type of its own, so that one engine call searches a batch of places in parallel. Times
 * are deciseconds, {@link #NEVER} where the place cannot be reached.
 */
final class SoloTimes {

	static final int NEVER = Figures.NEVER;

	/** Places searched per engine call: enough to keep the cores busy, few enough for the result arrays. */
	static final int BATCH = 32;

	private final AccessibilityEngine engine;

	private final EngineSettings settings;

	private final Cells cells;

	SoloTimes(AccessibilityEngine engine, EngineSettings settings, Cells cells) {
		this.engine = engine;
		this.settings = settings;
		this.cells = cells;
	}

	/** The cells' times to the nearest of all the given places together. */
	int[] nearestOf(double[] x, double[] y) {
		int[] times = new int[cells.count()];
		java.util.Arrays.fill(times, NEVER);
		if (x.length == 0) {
			return times;
		}
		Accessibility result = engine.analyse(cells, new ServicePoints(1, new int[x.length], x, y), settings.withThreads(1));
		copy(result.times(0), times);
		return times;
	}

	/** Receives one place's times; the array is reused for the next place. */
	interface Column {

		void accept(int place, boolean onNetwork, int[] times);

	}

	/** Each place's own times, place by place in batches, with progress after each batch. */
	void each(double[] x, double[] y, Column column, LocationSolver.Progress progress, int fromPercent, int toPercent) {
		int[] times = new int[cells.count()];
		for (int start = 0; start < x.length; start += BATCH) {
			int n = Math.min(BATCH, x.length - start);
			int[] type = new int[n];
			double[] bx = new double[n];
			double[] by = new double[n];
			for (int i = 0; i < n; i++) {
				type[i] = i;
				bx[i] = x[start + i];
				by[i] = y[start + i];
			}
			int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
			Accessibility result = engine.analyse(cells, new ServicePoints(n, type, bx, by), settings.withThreads(threads));
			for (int i = 0; i < n; i++) {
				copy(result.times(i), times);
				column.accept(start + i, result.pointOnNetwork(i), times);
			}
			progress.percent(fromPercent + (int) ((long) (toPercent - fromPercent) * (start + n) / x.length));
		}
	}

	private static void copy(int[] engineTimes, int[] times) {
		for (int c = 0; c < times.length; c++) {
			times[c] = engineTimes[c] == Accessibility.UNREACHABLE ? NEVER : EngineTime.toDeciseconds(engineTimes[c]);
		}
	}

}
