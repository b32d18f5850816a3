package se.regionrum.analysis.location;

import java.util.ArrayList;
import java.util.List;


/**
 * The brute-force solver's choice of sites: greedy, then improved by swaps (Teitz–Bart). Its
 * state is which candidates are chosen, in order, and which closable points are still open; times
 * are recomputed from the columns for every step, which is what makes it slow and easy to trust.
 */
final class Choice {

	private static final double EPSILON = 1e-6;

	private final LocationProblem problem;

	private final Figures figures;

	private final Column[] columns;

	private final int closableCount;

	private final boolean[] onNetwork;

	private final int[] fixedTimes;

	private final List<Integer> chosen = new ArrayList<>();

	private final boolean[] isChosen;

	private final boolean[] open;

	Choice(LocationProblem problem, Figures figures, Column[] columns, int closableCount, boolean[] onNetwork,
			int[] fixedTimes) {
		this.problem = problem;
		this.figures = figures;
		this.columns = columns;
		this.closableCount = closableCount;
		this.onNetwork = onNetwork;
		this.fixedTimes = fixedTimes;
		this.isChosen = new boolean[problem.candidateCount()];
		this.open = new boolean[closableCount];
		java.util.Arrays.fill(open, true);
	}

	List<Integer> chosen() {
		return List.copyOf(chosen);
	}

	/** The closable points (by their index among the closable ones) closed by relocation. */
	List<Integer> closed() {
		List<Integer> closed = new ArrayList<>();
		for (int i = 0; i < closableCount; i++) {
			if (!open[i]) {
				closed.add(i);
			}
		}
		return closed;
	}

	int[] timesWithoutCandidates() {
		int[] state = fixedTimes.clone();
		for (int i = 0; i < closableCount; i++) {
			if (open[i]) {
				columns[i].applyTo(state);
			}
		}
		return state;
	}

	int[] times() {
		return timesWithout(-1, -1);
	}

	/** The times without one chosen candidate (by position) or one closable point, -1 for none. */
	private int[] timesWithout(int chosenPosition, int closablePoint) {
		int[] state = fixedTimes.clone();
		for (int i = 0; i < closableCount; i++) {
			if (open[i] && i != closablePoint) {
				columns[i].applyTo(state);
			}
		}
		for (int p = 0; p < chosen.size(); p++) {
			if (p != chosenPosition) {
				columns[closableCount + chosen.get(p)].applyTo(state);
			}
		}
		return state;
	}

	private boolean eligible(int candidate) {
		return problem.candidateMask()[candidate] && onNetwork[closableCount + candidate] && !isChosen[candidate];
	}

	/** The objective first, the other measure to break ties; larger is better. */
	private record Score(double primary, double secondary) {

		boolean betterThan(Score other) {
			return primary > other.primary + EPSILON
					|| (Math.abs(primary - other.primary) <= EPSILON && secondary > other.secondary + EPSILON);
		}

	}

	private Score score(int[] state) {
		double minutes = figures.personMinutes(state);
		long covered = figures.covered(state);
		return problem.objective() == Objective.MEDIAN ? new Score(-minutes, covered) : new Score(covered, -minutes);
	}

	private Score plus(Score score, Figures.Gain gain) {
		return problem.objective() == Objective.MEDIAN
				? new Score(score.primary + gain.personMinutesSaved(), score.secondary + gain.covered())
				: new Score(score.primary + gain.covered(), score.secondary + gain.personMinutesSaved());
	}

	/** The eligible candidate that improves the state most, or -1 when none improves it. */
	private int best(int[] state, Score current) {
		int best = -1;
		Score bestScore = current;
		for (int j = 0; j < problem.candidateCount(); j++) {
			if (eligible(j)) {
				Score score = plus(current, figures.gain(columns[closableCount + j], state, null));
				if (score.betterThan(bestScore)) {
					best = j;
					bestScore = score;
				}
			}
		}
		return best;
	}

	void greedy() {
		while (chosen.size() < problem.k()) {
			int[] state = times();
			int best = best(state, score(state));
			if (best < 0) {
				return;
			}
			chosen.add(best);
			isChosen[best] = true;
		}
	}

	/** Swaps a chosen site, or a closable point, for an unchosen candidate while that improves the objective. */
	void improveBySwaps() {
		for (int pass = 0; pass < BruteForceLocationSolver.MAX_SWAP_PASSES && swapOnce(); pass++) {
			// each pass made one improving swap; look again from the start
		}
	}

	private boolean swapOnce() {
		Score current = score(times());
		for (int p = 0; p < chosen.size(); p++) {
			int[] without = timesWithout(p, -1);
			int replacement = best(without, score(without));
			if (replacement >= 0 && plus(score(without), figures.gain(columns[closableCount + replacement], without, null))
				.betterThan(current)) {
				isChosen[chosen.get(p)] = false;
				chosen.set(p, replacement);
				isChosen[replacement] = true;
				return true;
			}
		}
		for (int c = 0; c < closableCount; c++) {
			if (!open[c]) {
				continue;
			}
			int[] without = timesWithout(-1, c);
			int replacement = best(without, score(without));
			if (replacement >= 0 && plus(score(without), figures.gain(columns[closableCount + replacement], without, null))
				.betterThan(current)) {
				open[c] = false;
				chosen.add(replacement);
				isChosen[replacement] = true;
				return true;
			}
		}
		return false;
	}

}
