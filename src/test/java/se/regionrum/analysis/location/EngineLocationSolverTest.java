package se.regionrum.analysis.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.engine.RoadGraphBuilder;
import se.regionrum.analysis.engine.ServicePoints;

/**
 * The engine's solver against the brute-force reference ({@link BruteForceLocationSolver}) on random
 * grid networks: every candidate's gains equal the reference's, figure by figure and age group by
 * age group; the chosen sites' objective is at least as good as the reference's and is what the
 * engine gives for them run once with the whole set of points; no single swap improves it.
 */
class EngineLocationSolverTest {

	static final int SIDE = 12;

	static final double SPACING = 1000;

	static final int[] THRESHOLDS = { 5, 10, 20 };

	final LocationSolver solver = new EngineLocationSolver();

	final LocationSolver reference = new BruteForceLocationSolver();

	/** A random instance: a grid network with random link times, cells, two types of points and candidates. */
	record World(AccessibilityEngine engine, EngineSettings settings, Cells cells, int[] municipality,
			ServicePoints points, double[] cx, double[] cy) {

		LocationProblem problem(int k, Objective objective, int cover, int[] closable) {
			boolean[] mask = new boolean[cx.length];
			Arrays.fill(mask, true);
			return new LocationProblem(engine, settings, cells, municipality, points, 0, cx, cy, mask, k, objective, cover,
					THRESHOLDS, closable);
		}

		/** The reference: cells' times (-1 none) with the type's points but the closed ones, and the added places. */
		int[] times(int[] closed, double[] ax, double[] ay) {
			List<double[]> places = new ArrayList<>();
			for (int p : points.ofType(0)) {
				if (Arrays.stream(closed).noneMatch(c -> c == p)) {
					places.add(new double[] { points.x()[p], points.y()[p] });
				}
			}
			for (int i = 0; i < ax.length; i++) {
				places.add(new double[] { ax[i], ay[i] });
			}
			if (places.isEmpty()) {
				int[] none = new int[cells.count()];
				Arrays.fill(none, Accessibility.UNREACHABLE);
				return none;
			}
			double[] x = places.stream().mapToDouble(p -> p[0]).toArray();
			double[] y = places.stream().mapToDouble(p -> p[1]).toArray();
			return EngineTime.toDeciseconds(engine.analyse(cells, new ServicePoints(1, new int[x.length], x, y), settings).times(0));
		}

		double personMinutes(int[] times) {
			double sum = 0;
			for (int c = 0; c < times.length; c++) {
				double minutes = times[c] < 0 ? LocationSolution.UNREACHABLE_MINUTES
						: Math.min(times[c] / 600.0, LocationSolution.UNREACHABLE_MINUTES);
				sum += cells.population()[c] * minutes;
			}
			return sum;
		}

		long covered(int[] times, int minutes) {
			long sum = 0;
			for (int c = 0; c < times.length; c++) {
				sum += times[c] >= 0 && times[c] <= minutes * 600 ? cells.population()[c] : 0;
			}
			return sum;
		}

		double objective(Objective objective, int cover, int[] times) {
			return objective == Objective.MEDIAN ? personMinutes(times) : covered(times, cover);
		}

		double[] sitesX(List<Integer> chosen) {
			return chosen.stream().mapToDouble(j -> cx[j]).toArray();
		}

		double[] sitesY(List<Integer> chosen) {
			return chosen.stream().mapToDouble(j -> cy[j]).toArray();
		}

	}

	static World world(long seed, int candidates) {
		Random random = new Random(seed);
		RoadGraphBuilder builder = new RoadGraphBuilder();
		for (int j = 0; j < SIDE; j++) {
			for (int i = 0; i < SIDE; i++) {
				builder.addNode(i * SPACING, j * SPACING);
			}
		}
		for (int j = 0; j < SIDE; j++) {
			for (int i = 0; i < SIDE; i++) {
				int v = j * SIDE + i;
				if (i + 1 < SIDE) {
					builder.addRoad(v, v + 1, 30 + random.nextInt(120), SPACING);
				}
				if (j + 1 < SIDE) {
					builder.addRoad(v, v + SIDE, 30 + random.nextInt(120), SPACING);
				}
			}
		}
		AccessibilityEngine engine = new AccessibilityEngine(builder.build());
		int cellCount = 60;
		double[] x = new double[cellCount];
		double[] y = new double[cellCount];
		int[] population = new int[cellCount];
		int[][] ages = new int[2][cellCount];
		int[] municipality = new int[cellCount];
		for (int c = 0; c < cellCount; c++) {
			x[c] = random.nextDouble() * (SIDE - 1) * SPACING;
			y[c] = random.nextDouble() * (SIDE - 1) * SPACING;
			population[c] = 1 + random.nextInt(50);
			ages[1][c] = random.nextInt(population[c] + 1);
			ages[0][c] = population[c] - ages[1][c];
			municipality[c] = x[c] < SIDE * SPACING / 2 ? 1 : 2;
		}
		Cells cells = new Cells(x, y, population, List.of("0-64", "65+"), ages);
		int pointCount = 5;
		int[] type = new int[pointCount];
		double[] px = new double[pointCount];
		double[] py = new double[pointCount];
		for (int p = 0; p < pointCount; p++) {
			type[p] = p % 2;
			px[p] = random.nextDouble() * (SIDE - 1) * SPACING;
			py[p] = random.nextDouble() * (SIDE - 1) * SPACING;
		}
		double[] cx = new double[candidates];
		double[] cy = new double[candidates];
		for (int j = 0; j < candidates; j++) {
			cx[j] = random.nextDouble() * (SIDE - 1) * SPACING;
			cy[j] = random.nextDouble() * (SIDE - 1) * SPACING;
		}
		EngineSettings settings = new EngineSettings(1000, 500, 20, THRESHOLDS, 1);
		return new World(engine, settings, cells, municipality, new ServicePoints(2, type, px, py), cx, cy);
	}

	@RepeatedTest(5)
	void everyCandidatesGainsEqualTheReferences(RepetitionInfo repetition) {
		World w = world(repetition.getCurrentRepetition(), 12);
		LocationProblem problem = w.problem(2, Objective.MEDIAN, 10, new int[0]);
		LocationSolution.CandidateGains gains = solver.solve(problem, LocationSolver.Progress.NONE).gains();
		LocationSolution.CandidateGains expected = reference.solve(problem, LocationSolver.Progress.NONE).gains();
		// The engine counts milliseconds, the reference the deciseconds it is given: minutes agree to rounding.
		double rounding = Arrays.stream(w.cells().population()).sum() * 0.1 / 60;
		for (int j = 0; j < w.cx().length; j++) {
			assertThat(gains.onNetwork()[j]).as("candidate %d", j).isEqualTo(expected.onNetwork()[j]);
			assertThat(gains.peopleFaster()[j]).as("candidate %d", j).isEqualTo(expected.peopleFaster()[j]);
			assertThat(gains.personMinutesSaved()[j]).as("candidate %d", j)
				.isCloseTo(expected.personMinutesSaved()[j], within(rounding));
			for (int t = 0; t < THRESHOLDS.length; t++) {
				assertThat(gains.broughtWithin()[t][j]).as("candidate %d", j).isEqualTo(expected.broughtWithin()[t][j]);
				for (int g = 0; g < 2; g++) {
					assertThat(gains.broughtWithinByAge()[g][t][j]).as("candidate %d group %d", j, g)
						.isEqualTo(expected.broughtWithinByAge()[g][t][j]);
				}
			}
		}
	}

	@RepeatedTest(5)
	void theChosenSitesAreAtLeastAsGoodAsTheReferences(RepetitionInfo repetition) {
		for (Objective objective : Objective.values()) {
			World w = world(200 + repetition.getCurrentRepetition(), 14);
			LocationProblem problem = w.problem(3, objective, 10, new int[0]);
			LocationSolution solution = solver.solve(problem, LocationSolver.Progress.NONE);
			LocationSolution expected = reference.solve(problem, LocationSolver.Progress.NONE);
			assertThat(solution.objectiveBefore()).isCloseTo(expected.objectiveBefore(), within(1e-6));
			if (objective == Objective.MEDIAN) {
				assertThat(solution.objectiveAfter()).isLessThanOrEqualTo(expected.objectiveAfter() + 1e-6);
			}
			else {
				assertThat(solution.objectiveAfter()).isGreaterThanOrEqualTo(expected.objectiveAfter() - 1e-6);
			}
		}
	}

	@RepeatedTest(5)
	void theChosenSitesAreWhatTheReferenceMeasuresAndNoSwapImprovesThem(RepetitionInfo repetition) {
		for (Objective objective : Objective.values()) {
			World w = world(100 + repetition.getCurrentRepetition(), 14);
			int k = 3;
			int cover = 10;
			LocationSolution solution = solver.solve(w.problem(k, objective, cover, new int[0]), LocationSolver.Progress.NONE);
			List<Integer> chosen = solution.chosen().stream().map(LocationSolution.ChosenSite::candidate).toList();
			double found = w.objective(objective, cover, w.times(new int[0], w.sitesX(chosen), w.sitesY(chosen)));
			assertThat(solution.objectiveAfter()).isCloseTo(found, within(1e-6));
			if (!solution.chosen().isEmpty()) {
				assertThat(solution.chosen().get(solution.chosen().size() - 1).objectiveAfter()).isCloseTo(found, within(1e-6));
			}
			for (int position = 0; position < chosen.size(); position++) {
				for (int j = 0; j < w.cx().length; j++) {
					if (chosen.contains(j)) {
						continue;
					}
					List<Integer> swapped = new ArrayList<>(chosen);
					swapped.set(position, j);
					double value = w.objective(objective, cover, w.times(new int[0], w.sitesX(swapped), w.sitesY(swapped)));
					if (objective == Objective.MEDIAN) {
						assertThat(value).as("%s swap %d for %d", objective, chosen.get(position), j).isGreaterThanOrEqualTo(found - 1e-6);
					}
					else {
						assertThat(value).as("%s swap %d for %d", objective, chosen.get(position), j).isLessThanOrEqualTo(found + 1e-6);
					}
				}
			}
		}
	}

	@Test
	void theFirstSiteChosenIsTheCandidateWithTheGreatestGain() {
		World w = world(7, 20);
		LocationSolution solution = solver.solve(w.problem(1, Objective.MEDIAN, 10, new int[0]), LocationSolver.Progress.NONE);
		double best = Arrays.stream(solution.gains().personMinutesSaved()).max().orElseThrow();
		assertThat(solution.chosen()).hasSize(1);
		// gains in milliseconds, the chosen site's figures from deciseconds: equal to rounding
		double rounding = Arrays.stream(w.cells().population()).sum() * 0.1 / 60;
		assertThat(solution.chosen().get(0).personMinutesSaved()).isCloseTo(best, within(rounding));
		assertThat(solution.municipalities()).extracting(LocationSolution.MunicipalityFigures::municipalityId)
			.containsExactly(1L, 2L);
		double after = solution.municipalities().stream().mapToDouble(LocationSolution.MunicipalityFigures::personMinutesAfter).sum();
		assertThat(after).isCloseTo(solution.objectiveAfter(), within(1e-6));
	}

	@Test
	void aClosablePointInTheWrongPlaceMovesToWherePeopleLive() {
		World w = world(11, 10);
		int[] ofType = w.points().ofType(0);
		// Every point of the type may close: relocation moves one whenever a candidate serves better.
		LocationSolution solution = solver.solve(w.problem(1, Objective.MEDIAN, 10, ofType), LocationSolver.Progress.NONE);
		List<Integer> chosen = solution.chosen().stream().map(LocationSolution.ChosenSite::candidate).toList();
		double found = w.personMinutes(w.times(solution.closedPoints(), w.sitesX(chosen), w.sitesY(chosen)));
		assertThat(solution.objectiveAfter()).isCloseTo(found, within(1e-6));
		// The number of open points stays: each closed one is replaced by a site besides the one new.
		assertThat(chosen).hasSize(1 + solution.closedPoints().length);
		// No further move improves: closing a point that is still open for an unchosen candidate.
		for (int p : ofType) {
			if (Arrays.stream(solution.closedPoints()).anyMatch(c -> c == p)) {
				continue;
			}
			int[] closed = Arrays.copyOf(solution.closedPoints(), solution.closedPoints().length + 1);
			closed[closed.length - 1] = p;
			for (int j = 0; j < w.cx().length; j++) {
				if (!chosen.contains(j)) {
					List<Integer> moved = new ArrayList<>(chosen);
					moved.add(j);
					assertThat(w.personMinutes(w.times(closed, w.sitesX(moved), w.sitesY(moved))))
						.as("moving point %d to candidate %d", p, j).isGreaterThanOrEqualTo(found - 1e-6);
				}
			}
		}
	}

}
