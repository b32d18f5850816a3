package se.regionrum.analysis.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.ClosureImpact;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.engine.ScenarioResult;
import se.regionrum.analysis.engine.ScenarioTotals;
import se.regionrum.analysis.grid.PopulationGrid;

/** The short figures the command prints, and its check against the reference. */
final class Summary {

	private Summary() {
	}

	/** Per type: the population's mean time and the share that reaches no point of the type. */
	static void printTypes(PrintStream out, List<String> types, PopulationGrid grid, Accessibility result) {
		for (int t = 0; t < types.size(); t++) {
			long reached = 0;
			double personMinutes = 0;
			for (int c = 0; c < grid.count(); c++) {
				int time = result.time(t, c);
				if (time != Accessibility.UNREACHABLE) {
					reached += grid.population()[c];
					personMinutes += grid.population()[c] * EngineTime.toMinutes(time);
				}
			}
			long total = grid.totalPopulation();
			String mean = reached == 0 ? "-" : String.format(Locale.ROOT, "%.1f", personMinutes / reached);
			out.printf(Locale.ROOT, "  %-14s mean %6s min, %5.1f %% of the population reach none%n", types.get(t), mean,
					total == 0 ? 0 : 100.0 * (total - reached) / total);
		}
	}

	/**
	 * Per type the scenario changes: people whose time falls and rises, who lose their last point
	 * and who gain a first one, and the person-minutes it adds over those who reach a point before
	 * and after (negative: saved).
	 */
	static void printScenario(PrintStream out, List<String> types, ScenarioResult result) {
		for (int t = 0; t < types.size(); t++) {
			if (!result.typeChanged(t)) {
				continue;
			}
			ScenarioTotals totals = result.totals(t);
			out.printf(Locale.ROOT, "  %-14s %d people faster, %d slower; %d lose every point, %d gain one; "
					+ "%+.1f person-minutes (%s)%n", types.get(t), totals.fallen(), totals.risen(), totals.stranded(),
					totals.reached(), totals.addedPersonMinutes() - totals.savedPersonMinutes(),
					result.fullSearch(t) ? "searched afresh" : "nodes searched again: " + result.touchedNodes(t));
		}
	}

	/** The first field in which the two results differ, or null when they agree everywhere. */
	static String firstDifference(Accessibility a, Accessibility b, int pointCount) {
		for (int t = 0; t < a.typeCount(); t++) {
			for (int c = 0; c < a.cellCount(); c++) {
				if (a.time(t, c) != b.time(t, c) || a.meters(t, c) != b.meters(t, c) || a.nearest(t, c) != b.nearest(t, c)
						|| a.secondTime(t, c) != b.secondTime(t, c) || a.second(t, c) != b.second(t, c)) {
					return "type " + t + ", cell " + c;
				}
			}
		}
		ClosureImpact x = a.impact();
		ClosureImpact y = b.impact();
		for (int p = 0; p < pointCount; p++) {
			boolean same = x.servedPopulation(p) == y.servedPopulation(p)
					&& x.affectedPopulation(p) == y.affectedPopulation(p)
					&& x.addedPersonTime(p) == y.addedPersonTime(p)
					&& x.strandedPopulation(p) == y.strandedPopulation(p);
			for (int k = 0; k < x.thresholdMinutes().length; k++) {
				same &= x.pushedPast(k, p) == y.pushedPast(k, p);
			}
			if (!same) {
				return "closure impact of point " + p;
			}
		}
		return null;
	}
}
