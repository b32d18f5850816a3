package se.regionrum.analysis.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.location.BruteForceLocationSolver;
import se.regionrum.analysis.location.LocationProblem;
import se.regionrum.analysis.location.LocationSolution;
import se.regionrum.analysis.location.LocationSolver;
import se.regionrum.analysis.location.Objective;
import se.regionrum.analysis.synthetic.SyntheticData;
import se.regionrum.analysis.synthetic.SyntheticRegion;

/**
 * How long the stand-in location solver takes on the region-size synthetic input (the demo's), for
 * a number of candidates (populated cells' centres, spread over the region) and k sites. A runnable
 * class, not a test:
 * {@code java -cp … se.regionrum.analysis.bench.LocationSolverBenchmark [candidates] [k]}.
 */
public final class LocationSolverBenchmark {

	public static void main(String[] args) {
		int candidates = args.length > 0 ? Integer.parseInt(args[0]) : 256;
		int k = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		SyntheticData data = SyntheticRegion.generate(SyntheticRegion.Scale.REGION, SyntheticRegion.Extent.DALARNA,
				List.of(), 42);
		AccessibilityEngine engine = new AccessibilityEngine(data.graph());
		int cells = data.cells().count();
		double[] x = new double[candidates];
		double[] y = new double[candidates];
		for (int j = 0; j < candidates; j++) {
			int c = (int) ((long) j * cells / candidates);
			x[j] = data.cells().x()[c];
			y[j] = data.cells().y()[c];
		}
		boolean[] mask = new boolean[candidates];
		Arrays.fill(mask, true);
		int[] thresholds = { 10, 20, 30 };
		LocationProblem problem = new LocationProblem(engine, EngineSettings.defaults(), data.cells(), new int[cells],
				data.points(), 0, x, y, mask, k, Objective.MEDIAN, 10, thresholds, new int[0]);
		LocationSolver solver = new BruteForceLocationSolver();
		long t0 = System.nanoTime();
		LocationSolution solution = solver.solve(problem, LocationSolver.Progress.NONE);
		double seconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf(Locale.ROOT,
				"%,d road nodes, %,d cells, %d cores: %d candidates, k=%d in %.1f s (%.1f ms per candidate; all %,d cells would take about %.0f s); person-minutes %.0f -> %.0f%n",
				data.graph().nodeCount(), cells, Runtime.getRuntime().availableProcessors(), candidates, k, seconds,
				seconds * 1000 / candidates, cells, seconds / candidates * cells, solution.objectiveBefore(),
				solution.objectiveAfter());
	}

}
