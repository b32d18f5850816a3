package se.regionrum.analysis.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.CandidateGains;
import se.regionrum.analysis.engine.CandidateSites;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.engine.LocationInput;
import se.regionrum.analysis.engine.LocationObjective;
import se.regionrum.analysis.engine.SelectedSites;
import se.regionrum.analysis.engine.SiteSelection;
import se.regionrum.analysis.synthetic.SyntheticData;
import se.regionrum.analysis.synthetic.SyntheticRegion;

/**
 * Measures location analysis for one type (grocery, the first) on synthetic inputs: the gain of a
 * new point at every candidate cell, and the best five sites with interchange for both objectives.
 * A runnable class, not a test:
 * {@code java -Xmx8g -cp … se.regionrum.analysis.bench.LocationBenchmark region|national [runs] [candidates] [threads] [type]},
 * type an index of the eight standard types (0, grocery, by default; 7 has the fewest points).
 */
public final class LocationBenchmark {

	public static void main(String[] args) {
		String scaleName = args.length > 0 ? args[0] : "region";
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		boolean national = scaleName.equals("national");
		int wanted = args.length > 2 ? Integer.parseInt(args[2]) : (national ? 100_000 : 30_000);
		int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
		int type = args.length > 4 ? Integer.parseInt(args[4]) : 0;
		SyntheticRegion.Scale scale = national ? SyntheticRegion.Scale.NATIONAL : SyntheticRegion.Scale.REGION;
		SyntheticRegion.Extent extent = national ? SyntheticRegion.Extent.SWEDEN : SyntheticRegion.Extent.DALARNA;

		long t0 = System.nanoTime();
		SyntheticData data = SyntheticRegion.generate(scale, extent, List.of(), 42);
		var graph = data.graph();
		System.out.printf(Locale.ROOT, "%s-size input generated in %.1f s: %,d nodes, %,d edges, %,d cells, %,d points%n",
				scaleName, (System.nanoTime() - t0) / 1e9, graph.nodeCount(), graph.edgeCount(), data.cells().count(),
				data.points().count());
		AccessibilityEngine engine = new AccessibilityEngine(graph);
		EngineSettings settings = EngineSettings.defaults().withThreads(threads);
		LocationInput input = LocationInput.of(engine, data.cells(), data.points(), type, settings);
		System.out.printf(Locale.ROOT, "type %d: %d points on the network; %d threads%n", type,
				input.existingPoints().length, threads);

		// candidates: cell centres, evenly spread over the cells when fewer are wanted
		int count = Math.min(wanted, data.cells().count());
		double[] x = new double[count];
		double[] y = new double[count];
		for (int i = 0; i < count; i++) {
			int cell = (int) ((long) i * data.cells().count() / count);
			x[i] = data.cells().x()[cell];
			y[i] = data.cells().y()[cell];
		}
		CandidateSites sites = CandidateSites.atPlaces(input, x, y);
		long reduceStart = System.nanoTime();
		CandidateGains.ReducedGraphSize reduced = CandidateGains.reducedGraphSize(input, sites);
		System.out.printf(Locale.ROOT, "reduced graph for the gain searches made in %.3f s%n",
				(System.nanoTime() - reduceStart) / 1e9);
		LocationObjective median = LocationObjective.medianTime();
		CandidateGains[] last = new CandidateGains[1];
		// a national pass takes long enough that compiling on the way does not count
		warmUps = national ? 0 : 2;
		double gains = measure("gain of every candidate (" + count + ")", runs, () -> {
			last[0] = CandidateGains.compute(input, sites, median, threads);
			return last[0].elapsedNanos();
		});
		long best = 0;
		for (int i = 0; i < count; i++) {
			best = Math.max(best, last[0].figures().personTimeSaved(i));
		}
		System.out.printf(Locale.ROOT,
				"  %,d nodes reached in all (%.0f per candidate, %.1f M/s per thread); best single site saves %.0f person-minutes%n",
				last[0].reachedNodes(), (double) last[0].reachedNodes() / count,
				last[0].reachedNodes() / gains / threads / 1e6, EngineTime.toMinutes(best));
		System.out.printf(Locale.ROOT,
				"  reduced graph: %,d of %,d nodes, %,d bytes shared; workspace per thread: %,d bytes (5 per node of it) plus lists as long as the largest reach%n",
				reduced.nodes(), graph.nodeCount(), reduced.sharedBytes(), reduced.workspaceBytes());

		if (national) {
			return;
		}
		for (LocationObjective objective : new LocationObjective[] { median, LocationObjective.coverWithin(10) }) {
			SelectedSites[] chosen = new SelectedSites[1];
			String name = objective.covering() ? "cover 10 min" : "median";
			measure("best 5 with interchange, " + name + ", from scratch", runs, () -> {
				chosen[0] = SiteSelection.select(input, sites,
						SiteSelection.Options.of(5, objective).withThreads(threads));
				return chosen[0].elapsedNanos();
			});
			CandidateGains known = CandidateGains.compute(input, sites, objective, threads);
			measure("best 5 with interchange, " + name + ", given the candidate gains", runs, () -> {
				chosen[0] = SiteSelection.select(input, sites,
						SiteSelection.Options.of(5, objective).withThreads(threads), known);
				return chosen[0].elapsedNanos();
			});
			SelectedSites s = chosen[0];
			System.out.printf(Locale.ROOT, "  objective before %,d, greedy %,d, after interchange %,d (%d swaps); sites %s%n",
					s.objectiveBefore(), s.objectiveGreedy(), s.objectiveAfter(), s.swaps(), Arrays.toString(s.chosen()));
		}
	}

	private static int warmUps = 2;

	/** Warm-up runs, then {@code runs} timed ones; prints and returns the median in seconds. */
	private static double measure(String what, int runs, LongSupplier nanos) {
		for (int w = 0; w < warmUps; w++) {
			nanos.getAsLong();
		}
		double[] seconds = new double[runs];
		for (int r = 0; r < runs; r++) {
			seconds[r] = nanos.getAsLong() / 1e9;
		}
		Arrays.sort(seconds);
		System.out.printf(Locale.ROOT, "%s: median %.3f s, best %.3f s, worst %.3f s over %d runs%n", what,
				seconds[runs / 2], seconds[0], seconds[runs - 1], runs);
		return seconds[runs / 2];
	}
}
