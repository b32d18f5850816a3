package se.regionrum.analysis.location;

import java.util.ArrayList;
import java.util.List;


import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.location.LocationSolution.CandidateGains;
import se.regionrum.analysis.location.LocationSolution.ChosenSite;

/**
 * The reference {@link LocationSolver} the engine's is tested against: correct, but slow. It runs
 * the {@link se.regionrum.analysis.engine.AccessibilityEngine} once per candidate and closable point
 * (a whole-network search each, {@link SoloTimes}), keeps for each the cells it would serve faster
 * than the fixed points, then chooses greedily (the best gain each step, by recomputing every
 * candidate's gain against the sites so far) and improves by swaps: a chosen site, or with
 * relocation a closable point, for an unchosen candidate, while the objective improves (Teitz–Bart).
 * Fine for the demo and tests; a region's every populated cell as candidates takes tens of minutes.
 */
public class BruteForceLocationSolver implements LocationSolver {

	/** Swap passes at most: each improving pass starts again, and the objective only improves. */
	static final int MAX_SWAP_PASSES = 10;

	@Override
	public LocationSolution solve(LocationProblem problem, Progress progress) {
		Cells cells = problem.cells();
		SoloTimes solo = new SoloTimes(problem.engine(), problem.settings(), cells);
		int[] ofType = problem.points().ofType(problem.type());
		int[] closable = problem.closablePoints();
		boolean[] isClosable = new boolean[problem.points().count()];
		for (int p : closable) {
			isClosable[p] = true;
		}
		int fixedCount = 0;
		for (int p : ofType) {
			fixedCount += isClosable[p] ? 0 : 1;
		}
		double[] fx = new double[fixedCount];
		double[] fy = new double[fixedCount];
		fixedCount = 0;
		for (int p : ofType) {
			if (!isClosable[p]) {
				fx[fixedCount] = problem.points().x()[p];
				fy[fixedCount++] = problem.points().y()[p];
			}
		}
		int[] fixedTimes = solo.nearestOf(fx, fy);
		progress.percent(5);

		// Closable points first, then candidates: one list of columns, each against the fixed points.
		int closableCount = closable.length;
		int placeCount = closableCount + problem.candidateCount();
		double[] px = new double[placeCount];
		double[] py = new double[placeCount];
		for (int i = 0; i < closableCount; i++) {
			px[i] = problem.points().x()[closable[i]];
			py[i] = problem.points().y()[closable[i]];
		}
		System.arraycopy(problem.candidateX(), 0, px, closableCount, problem.candidateCount());
		System.arraycopy(problem.candidateY(), 0, py, closableCount, problem.candidateCount());
		Column[] columns = new Column[placeCount];
		boolean[] onNetwork = new boolean[placeCount];
		solo.each(px, py, (place, reached, times) -> {
			onNetwork[place] = reached;
			columns[place] = Column.fasterThan(times, fixedTimes);
		}, progress, 5, 90);

		Figures figures = new Figures(cells, problem.thresholdMinutes(), problem.coverMinutes());
		int[] base = fixedTimes.clone();
		for (int i = 0; i < closableCount; i++) {
			columns[i].applyTo(base);
		}
		CandidateGains gains = gains(problem, figures, columns, closableCount, onNetwork, base);
		progress.percent(92);

		Choice choice = new Choice(problem, figures, columns, closableCount, onNetwork, fixedTimes);
		choice.greedy();
		progress.percent(95);
		choice.improveBySwaps();
		progress.percent(99);

		int[] after = choice.times();
		int[] state = choice.timesWithoutCandidates();
		int[] order = choice.chosen().stream().mapToInt(Integer::intValue).toArray();
		Column[] chosenColumns = new Column[order.length];
		for (int i = 0; i < order.length; i++) {
			chosenColumns[i] = columns[closableCount + order[i]];
		}
		List<ChosenSite> chosen = figures.inGreedyOrder(problem.objective(), order, chosenColumns, state);
		int[] closed = choice.closed().stream().mapToInt(i -> closable[i]).toArray();
		return new LocationSolution(gains, chosen, closed, figures.objective(problem.objective(), base),
				figures.objective(problem.objective(), after), figures.byMunicipality(problem.cellMunicipality(), base, after));
	}

	private static CandidateGains gains(LocationProblem problem, Figures figures, Column[] columns, int closableCount,
			boolean[] onNetwork, int[] base) {
		int n = problem.candidateCount();
		int thresholds = problem.thresholdMinutes().length;
		int groups = problem.cells().ageGroups().size();
		boolean[] reached = new boolean[n];
		long[] faster = new long[n];
		double[] saved = new double[n];
		long[][] within = new long[thresholds][n];
		long[][][] withinByAge = new long[groups][thresholds][n];
		long[][] byAge = new long[groups][thresholds];
		for (int j = 0; j < n; j++) {
			reached[j] = onNetwork[closableCount + j];
			Figures.Gain gain = figures.gain(columns[closableCount + j], base, byAge);
			faster[j] = gain.peopleFaster();
			saved[j] = gain.personMinutesSaved();
			for (int t = 0; t < thresholds; t++) {
				within[t][j] = gain.broughtWithin()[t];
				for (int g = 0; g < groups; g++) {
					withinByAge[g][t][j] = byAge[g][t];
				}
			}
		}
		return new CandidateGains(reached, faster, saved, within, withinByAge);
	}

}
