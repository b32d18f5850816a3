package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Greedy with interchange against the exact optimum, found by trying every set of sites, on many
 * small random instances: never better than the optimum (or the figures would be wrong), never
 * worse than plain greedy, and close to the optimum on average. Reported totals are checked
 * against the plain recount of the chosen sites.
 */
class SiteSelectionTest {

	private static final int INSTANCES = 120;

	@Test
	void heuristicIsCloseToTheOptimumAndNeverWorseThanGreedy() {
		List<Double> gaps = new ArrayList<>();
		List<Double> greedyGaps = new ArrayList<>();
		for (int instance = 0; instance < INSTANCES; instance++) {
			Random random = new Random(1000 + instance);
			Instance in = Instance.random(random, false);
			LocationObjective objective = instance % 2 == 0 ? LocationObjective.medianTime()
					: LocationObjective.coverWithin(1 + random.nextInt(3));
			int k = 2 + random.nextInt(3);
			boolean[] allowed = new boolean[in.sites.count()];
			for (int i = 0; i < allowed.length; i++) {
				allowed[i] = random.nextInt(6) != 0;
			}
			SelectedSites chosen = SiteSelection.select(in.input, in.sites,
					SiteSelection.Options.of(k, objective).withAllowed(allowed).withThreads(1 + instance % 2));

			for (int c : chosen.chosen()) {
				assertThat(allowed[c]).isTrue();
			}
			long before = LocationBruteForce.objective(objective, in.input, in.before);
			long after = in.value(objective, chosen.chosen(), new int[0]);
			long greedy = in.value(objective, chosen.greedyChosen(), new int[0]);
			assertThat(chosen.objectiveBefore()).isEqualTo(before);
			assertThat(chosen.objectiveAfter()).as("instance " + instance).isEqualTo(after);
			assertThat(chosen.objectiveGreedy()).isEqualTo(greedy);
			long optimum = in.optimum(objective, k, allowed);
			assertThat(after).as("instance " + instance + ": heuristic beats the optimum").isGreaterThanOrEqualTo(optimum);
			assertThat(after).as("instance " + instance + ": worse than greedy").isLessThanOrEqualTo(greedy);
			gaps.add(gap(before, optimum, after));
			greedyGaps.add(gap(before, optimum, greedy));
		}
		double mean = gaps.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		double max = gaps.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		long exact = gaps.stream().filter(g -> g == 0).count();
		System.out.printf(Locale.ROOT,
				"site selection on %d instances: gap to the optimum's gain mean %.4f %%, max %.2f %%, optimal in %d;"
						+ " plain greedy mean %.4f %%, max %.2f %%%n",
				INSTANCES, 100 * mean, 100 * max, exact,
				100 * greedyGaps.stream().mapToDouble(Double::doubleValue).average().orElse(0),
				100 * greedyGaps.stream().mapToDouble(Double::doubleValue).max().orElse(0));
		assertThat(mean).as("mean gap").isLessThan(0.01);
	}

	@Test
	void relocationMayCloseAClosablePointAndStaysExact() {
		int moved = 0;
		for (int instance = 0; instance < 40; instance++) {
			Random random = new Random(5000 + instance);
			Instance in = Instance.random(random, true);
			LocationObjective objective = instance % 2 == 0 ? LocationObjective.medianTime()
					: LocationObjective.coverWithin(2);
			boolean[] closable = new boolean[in.points.count()];
			int[] existing = in.input.existingPoints();
			for (int i = 0; i < existing.length; i++) {
				closable[existing[i]] = i % 2 == 0;
			}
			int k = instance % 3;
			SelectedSites chosen = SiteSelection.select(in.input, in.sites,
					SiteSelection.Options.of(k, objective).withClosable(closable));
			for (int p : chosen.closedPoints()) {
				assertThat(closable[p]).isTrue();
			}
			long after = in.value(objective, chosen.chosen(), chosen.closedPoints());
			assertThat(chosen.objectiveAfter()).as("instance " + instance).isEqualTo(after);
			assertThat(chosen.chosen().length - chosen.closedPoints().length).isLessThanOrEqualTo(k);
			long optimum = in.relocationOptimum(objective, k, closable);
			assertThat(after).isGreaterThanOrEqualTo(optimum).isLessThanOrEqualTo(chosen.objectiveGreedy());
			moved += chosen.closedPoints().length;
		}
		assertThat(moved).as("relocation closed some point somewhere").isPositive();
	}

	@Test
	void figuresByGroupAddUpToTheTotal() {
		Instance in = Instance.random(new Random(77), false);
		int[] group = new int[in.cells.count()];
		for (int c = 0; c < group.length; c++) {
			group[c] = c % 3;
		}
		SelectedSites chosen = SiteSelection.select(in.input, in.sites,
				SiteSelection.Options.of(2, LocationObjective.medianTime()).withGroups(group, 3));
		int[] after = in.cellTimes(chosen.chosen(), new int[0]);
		LocationBruteForce.assertFigures(chosen.total(), 0, in.cells, in.settings.thresholdMinutes(), in.before, after,
				"total");
		long sum = 0;
		for (int g = 0; g < 3; g++) {
			sum += chosen.byGroup().personTimeSaved(g);
		}
		assertThat(sum).isEqualTo(chosen.total().personTimeSaved(0)).isPositive();
	}

	/** Share of the optimum's gain that a choice misses. */
	private static double gap(long before, long optimum, long value) {
		return before == optimum ? 0 : (double) (value - optimum) / (before - optimum);
	}

	/** A small random instance with every candidate's cell times worked out the plain way. */
	private record Instance(RoadGraph graph, Cells cells, ServicePoints points, EngineSettings settings,
			LocationInput input, CandidateSites sites, int[] before, int[][] fromSite, int[][] fromPoint) {

		static Instance random(Random random, boolean relocation) {
			double size = 4000;
			RoadGraph graph = RandomNetworks.graph(random, 60 + random.nextInt(120), size, random.nextBoolean());
			Cells cells = RandomNetworks.cells(random, 40 + random.nextInt(60), size, 1);
			ServicePoints points = RandomNetworks.points(random, relocation ? 1 + random.nextInt(4) : random.nextInt(3), 1, size);
			EngineSettings settings = new EngineSettings(1000, 1000, 20, new int[] { 1, 2, 4 }, 1);
			AccessibilityEngine engine = new AccessibilityEngine(graph);
			LocationInput input = LocationInput.of(engine, cells, points, 0, settings);
			int n = relocation ? 6 : 12 + random.nextInt(5);
			double[] x = new double[n];
			double[] y = new double[n];
			for (int i = 0; i < n; i++) {
				x[i] = random.nextDouble() * size;
				y[i] = random.nextDouble() * size;
			}
			CandidateSites sites = CandidateSites.atPlaces(input, x, y);
			int[] before = engine.analyse(cells, points, settings).times(0);
			int[][] fromSite = new int[n][];
			for (int i = 0; i < n; i++) {
				fromSite[i] = LocationBruteForce.timesFromSite(graph, input, sites.node()[i], sites.connectorTime()[i]);
			}
			int[][] fromPoint = new int[points.count()][];
			for (int p = 0; p < points.count(); p++) {
				int[] place = new int[1];
				int[] time = new int[1];
				AccessibilityEngine.attach(graph, engine.locator(), new double[] { points.x()[p] },
						new double[] { points.y()[p] }, settings.pointSnapMeters(), settings, place, time, new int[1]);
				fromPoint[p] = LocationBruteForce.timesFromSite(graph, input, place[0], time[0]);
			}
			return new Instance(graph, cells, points, settings, input, sites, before, fromSite, fromPoint);
		}

		int[] cellTimes(int[] open, int[] closed) {
			int[] times = new int[cells.count()];
			Arrays.fill(times, NearestTwoSearch.INFINITE);
			for (int p = 0; p < points.count(); p++) {
				int point = p;
				if (Arrays.stream(closed).noneMatch(c -> c == point)) {
					times = LocationBruteForce.min(times, fromPoint[p]);
				}
			}
			for (int s : open) {
				times = LocationBruteForce.min(times, fromSite[s]);
			}
			return times;
		}

		long value(LocationObjective objective, int[] open, int[] closed) {
			return LocationBruteForce.objective(objective, input, cellTimes(open, closed));
		}

		/** Best of every set of k allowed candidates. */
		long optimum(LocationObjective objective, int k, boolean[] allowed) {
			long best = Long.MAX_VALUE;
			for (int[] set : subsets(sites.count(), k)) {
				if (Arrays.stream(set).allMatch(s -> allowed[s])) {
					best = Math.min(best, value(objective, set, new int[0]));
				}
			}
			return best;
		}

		/** Best of every way to close some closable points and open as many candidates, plus k. */
		long relocationOptimum(LocationObjective objective, int k, boolean[] closable) {
			int[] movable = Arrays.stream(input.existingPoints()).filter(p -> closable[p]).toArray();
			long best = Long.MAX_VALUE;
			for (int close = 0; close <= movable.length; close++) {
				for (int[] closedIndex : subsets(movable.length, close)) {
					int[] closed = Arrays.stream(closedIndex).map(i -> movable[i]).toArray();
					for (int[] set : subsets(sites.count(), Math.min(sites.count(), k + close))) {
						best = Math.min(best, value(objective, set, closed));
					}
				}
			}
			return best;
		}

		static List<int[]> subsets(int n, int k) {
			List<int[]> all = new ArrayList<>();
			collect(n, k, 0, new int[k], 0, all);
			return all;
		}

		private static void collect(int n, int k, int from, int[] set, int size, List<int[]> into) {
			if (size == k) {
				into.add(set.clone());
				return;
			}
			for (int i = from; i < n; i++) {
				set[size] = i;
				collect(n, k, i + 1, set, size + 1, into);
			}
		}
	}
}
