package se.regionrum.analysis.location;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.location.LocationSolution.ChosenSite;
import se.regionrum.analysis.location.LocationSolution.MunicipalityFigures;

/**
 * People and minutes over cells whose times to the nearest point (deciseconds, {@link #NEVER}
 * when none is reached) are known: what a place would change, and an objective's value.
 */
final class Figures {

	/** A cell's time where no point is reached. */
	static final int NEVER = Integer.MAX_VALUE;

	private static final int DECISECONDS_PER_MINUTE = 600;

	private final Cells cells;

	private final int[] thresholds;

	private final int coverMinutes;

	Figures(Cells cells, int[] thresholdMinutes, int coverMinutes) {
		this.cells = cells;
		this.thresholds = thresholdMinutes;
		this.coverMinutes = coverMinutes;
	}

	/** What a place changes: people faster, minutes saved, people brought within each threshold and the cover time. */
	record Gain(long peopleFaster, double personMinutesSaved, long[] broughtWithin, long covered) {
	}

	static double minutes(int time) {
		return time == NEVER ? LocationSolution.UNREACHABLE_MINUTES
				: Math.min(time / (double) DECISECONDS_PER_MINUTE, LocationSolution.UNREACHABLE_MINUTES);
	}

	static boolean within(int time, int minutes) {
		return time != NEVER && time <= minutes * DECISECONDS_PER_MINUTE;
	}

	/**
	 * What the place's column would change in the state; per age group into {@code byAge}
	 * ({@code [group][threshold]}, cleared first) unless it is null.
	 */
	Gain gain(Column column, int[] state, long[][] byAge) {
		if (byAge != null) {
			for (long[] group : byAge) {
				java.util.Arrays.fill(group, 0);
			}
		}
		long faster = 0;
		double saved = 0;
		long covered = 0;
		long[] within = new long[thresholds.length];
		int[] population = cells.population();
		for (int i = 0; i < column.cells().length; i++) {
			int c = column.cells()[i];
			int before = state[c];
			int after = column.times()[i];
			if (after >= before) {
				continue;
			}
			long people = population[c];
			faster += people;
			saved += people * (minutes(before) - minutes(after));
			if (!within(before, coverMinutes) && within(after, coverMinutes)) {
				covered += people;
			}
			for (int t = 0; t < thresholds.length; t++) {
				if (!within(before, thresholds[t]) && within(after, thresholds[t])) {
					within[t] += people;
					if (byAge != null) {
						for (int g = 0; g < byAge.length; g++) {
							byAge[g][t] += cells.ageGroupPopulation()[g][c];
						}
					}
				}
			}
		}
		return new Gain(faster, saved, within, covered);
	}

	double personMinutes(int[] state) {
		double sum = 0;
		for (int c = 0; c < state.length; c++) {
			sum += cells.population()[c] * minutes(state[c]);
		}
		return sum;
	}

	long covered(int[] state) {
		long sum = 0;
		for (int c = 0; c < state.length; c++) {
			sum += within(state[c], coverMinutes) ? cells.population()[c] : 0;
		}
		return sum;
	}

	/** The objective's value: person-minutes, or people within the cover time. */
	double objective(Objective objective, int[] state) {
		return objective == Objective.MEDIAN ? personMinutes(state) : covered(state);
	}

	/**
	 * The chosen sites listed as greedy would, the one adding most to those before it first, so that
	 * each site's figures are what it adds; {@code state} (times without the sites) is advanced.
	 */
	List<ChosenSite> inGreedyOrder(Objective objective, int[] candidates, Column[] columns, int[] state) {
		List<ChosenSite> chosen = new ArrayList<>();
		List<Integer> left = new ArrayList<>();
		for (int i = 0; i < candidates.length; i++) {
			left.add(i);
		}
		while (!left.isEmpty()) {
			int best = 0;
			double bestValue = Double.NaN;
			for (int i = 0; i < left.size(); i++) {
				Gain gain = gain(columns[left.get(i)], state, null);
				double value = objective == Objective.MEDIAN ? gain.personMinutesSaved() : gain.covered();
				if (Double.isNaN(bestValue) || value > bestValue) {
					best = i;
					bestValue = value;
				}
			}
			int site = left.remove(best);
			Gain gain = gain(columns[site], state, null);
			columns[site].applyTo(state);
			chosen.add(new ChosenSite(candidates[site], gain.peopleFaster(), gain.personMinutesSaved(),
					gain.broughtWithin(), objective(objective, state)));
		}
		return chosen;
	}

	List<MunicipalityFigures> byMunicipality(int[] municipality, int[] before, int[] after) {
		Map<Integer, double[]> minutes = new TreeMap<>();
		Map<Integer, long[]> counts = new TreeMap<>();
		int n = thresholds.length;
		for (int c = 0; c < before.length; c++) {
			long people = cells.population()[c];
			double[] m = minutes.computeIfAbsent(municipality[c], k -> new double[2]);
			long[] k = counts.computeIfAbsent(municipality[c], key -> new long[1 + 2 * n]);
			m[0] += people * minutes(before[c]);
			m[1] += people * minutes(after[c]);
			k[0] += people;
			for (int t = 0; t < n; t++) {
				k[1 + t] += within(before[c], thresholds[t]) ? people : 0;
				k[1 + n + t] += within(after[c], thresholds[t]) ? people : 0;
			}
		}
		List<MunicipalityFigures> rows = new ArrayList<>();
		minutes.forEach((id, m) -> {
			long[] k = counts.get(id);
			rows.add(new MunicipalityFigures(id, k[0], m[0], m[1], java.util.Arrays.copyOfRange(k, 1, 1 + n),
					java.util.Arrays.copyOfRange(k, 1 + n, 1 + 2 * n)));
		});
		return rows;
	}

}
