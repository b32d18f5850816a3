package se.regionrum.analysis.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.engine.NaiveClosure;
import se.regionrum.analysis.synthetic.SyntheticData;
import se.regionrum.analysis.synthetic.SyntheticRegion;

/**
 * Measures the full analysis (all types, nearest and second-nearest, closure impact of every point)
 * on synthetic inputs with the graph already loaded, and the naive way (one search per closed point)
 * for comparison. A runnable class, not a test:
 * {@code java -Xmx12g -cp … se.regionrum.analysis.bench.AnalysisBenchmark region|national [runs] [naiveSample]}.
 */
public final class AnalysisBenchmark {

	public static void main(String[] args) {
		String scaleName = args.length > 0 ? args[0] : "region";
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		boolean national = scaleName.equals("national");
		SyntheticRegion.Scale scale = national ? SyntheticRegion.Scale.NATIONAL : SyntheticRegion.Scale.REGION;
		SyntheticRegion.Extent extent = national ? SyntheticRegion.Extent.SWEDEN : SyntheticRegion.Extent.DALARNA;
		int naiveSample = args.length > 2 ? Integer.parseInt(args[2]) : (national ? 16 : scale.servicePoints());

		long t0 = System.nanoTime();
		SyntheticData data = SyntheticRegion.generate(scale, extent, List.of(), 42);
		long generated = System.nanoTime() - t0;
		var graph = data.graph();
		System.out.printf(Locale.ROOT, "%s-size synthetic input generated in %.1f s: %,d road nodes in the graph (%,d generated, islands left out), %,d directed edges, %,d populated cells (%,d people), %,d service points over %d types%n",
				scaleName, generated / 1e9, graph.nodeCount(), graph.inputNodeCount(), graph.edgeCount(), data.cells().count(),
				data.cells().totalPopulation(), data.points().count(), data.points().typeCount());
		System.out.printf(Locale.ROOT, "graph memory: %,d bytes = %.1f bytes per directed edge (offsets, edges with time and metres, coordinates)%n",
				graph.memoryBytes(), graph.bytesPerEdge());
		System.out.printf(Locale.ROOT, "cores available: %d%n", Runtime.getRuntime().availableProcessors());

		AccessibilityEngine engine = new AccessibilityEngine(graph);
		EngineSettings settings = EngineSettings.defaults();
		for (int threads : new int[] { settings.threads(), 1 }) {
			EngineSettings s = settings.withThreads(threads);
			for (int w = 0; w < 2; w++) {
				engine.analyse(data.cells(), data.points(), s);
			}
			double[] seconds = new double[runs];
			Accessibility last = null;
			for (int r = 0; r < runs; r++) {
				last = engine.analyse(data.cells(), data.points(), s);
				seconds[r] = last.elapsedNanos() / 1e9;
			}
			Arrays.sort(seconds);
			double median = seconds[runs / 2];
			System.out.printf(Locale.ROOT, "full analysis, %d thread(s): median %.3f s, best %.3f s, worst %.3f s over %d runs; %,d labels settled, %,d edges relaxed; %.1f M settled labels/s per core%n",
					threads, median, seconds[0], seconds[runs - 1], runs, last.settledLabels(), last.relaxedEdges(),
					last.settledLabels() / median / threads / 1e6);
		}

		// the same closure figures the naive way, for a sample of points, scaled to all points
		Accessibility fast = engine.analyse(data.cells(), data.points(), settings.withThreads(1));
		NaiveClosure naive = new NaiveClosure(graph);
		int[] sample = new int[Math.min(naiveSample, data.points().count())];
		for (int i = 0; i < sample.length; i++) {
			sample[i] = (int) ((long) i * data.points().count() / sample.length);
		}
		long n0 = System.nanoTime();
		NaiveClosure.Impact impact = naive.closures(data.cells(), data.points(), settings.withThreads(1), sample);
		double naiveSeconds = (System.nanoTime() - n0) / 1e9;
		int mismatches = 0;
		for (int i = 0; i < sample.length; i++) {
			if (impact.affectedPopulation()[i] != fast.impact().affectedPopulation(sample[i])
					|| impact.addedPersonTime()[i] != fast.impact().addedPersonTime(sample[i])) {
				mismatches++;
			}
		}
		double naiveAll = naiveSeconds * data.points().count() / sample.length;
		double fastOne = fast.elapsedNanos() / 1e9;
		System.out.printf(Locale.ROOT, "naive closure (one search per closed point, 1 thread): %d points in %.2f s%s -> %.1f s for all %d points; one-pass engine on 1 thread %.3f s: ratio %.0f x; naive and engine disagree on %d of %d points%n",
				sample.length, naiveSeconds, sample.length < data.points().count() ? " (sample)" : "", naiveAll,
				data.points().count(), fastOne, naiveAll / fastOne, mismatches, sample.length);
	}
}
