package se.regionrum.analysis.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.location.BruteForceLocationSolver;
import se.regionrum.analysis.location.EngineLocationSolver;
import se.regionrum.analysis.location.LocationProblem;
import se.regionrum.analysis.location.LocationSolution;
import se.regionrum.analysis.location.LocationSolver;
import se.regionrum.analysis.location.Objective;
import se.regionrum.analysis.synthetic.SyntheticData;
import se.regionrum.analysis.synthetic.SyntheticRegion;

/**
 * How long a location solver takes on the region-size synthetic input (the demo's), for a number of
 * candidates (populated cells' centres, spread over the region) and k sites: the reference
 * ({@code reference}, the default) or the one the web uses ({@code engine}), best of a few runs for
 * the latter. A runnable class, not a test:
 * {@code java -cp … se.regionrum.analysis.bench.LocationSolverBenchmark [candidates] [k] [reference|engine] [type]},
 * type an index of the eight standard types (0, grocery, by default; 2 is pharmacy).
 */
public final class LocationSolverBenchmark {

	public static void main(String[] args) {
		int candidates = args.length > 0 ? Integer.parseInt(args[0]) : 256;
		int k = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		int type = args.length > 3 ? Integer.parseInt(args[3]) : 0;
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
				data.points(), type, x, y, mask, k, Objective.MEDIAN, 10, thresholds, new int[0]);
		boolean engineSolver = args.length > 2 && args[2].equals("engine");
		LocationSolver solver = engineSolver ? new EngineLocationSolver() : new BruteForceLocationSolver();
		LocationSolution solution = null;
		double seconds = Double.MAX_VALUE;
		for (int run = 0; run < (engineSolver ? 5 : 1); run++) {
			long t0 = System.nanoTime();
			solution = solver.solve(problem, LocationSolver.Progress.NONE);
			seconds = Math.min(seconds, (System.nanoTime() - t0) / 1e9);
		}
		System.out.printf(Locale.ROOT,
				"%,d road nodes, %,d cells, %d cores: %d candidates, k=%d in %.1f s (%.1f ms per candidate; all %,d cells would take about %.0f s); person-minutes %.0f -> %.0f%n",
				data.graph().nodeCount(), cells, Runtime.getRuntime().availableProcessors(), candidates, k, seconds,
				seconds * 1000 / candidates, cells, seconds / candidates * cells, solution.objectiveBefore(),
				solution.objectiveAfter());
	}

}
