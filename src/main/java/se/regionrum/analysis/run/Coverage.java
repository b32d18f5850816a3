package se.regionrum.analysis.run;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a grid and a point set meet a road network: how many cells (and people) lie further
 * than the cell snap distance from every road node, and how many points further than the point
 * snap distance. Those cells count as reaching nothing and those points are left out, so a grid
 * of one region and a network of another give a run that finishes with everyone "reaching
 * nothing"; the start form, the API's start answer and the result page say so.
 *
 * @param populationBeyond null for runs stored before it was counted
 */
public record Coverage(int cells, int cellsBeyond, long population, Long populationBeyond, int points,
		int pointsBeyond, double cellSnapMeters, double pointSnapMeters) {

	/** From this share of the population beyond the snap distance on, the start form asks to confirm. */
	static final double NOTABLE_SHARE = 0.10;

	/** A message of the bundles with its arguments. */
	public record Warning(String code, List<Object> arguments) {

		public Object[] args() {
			return arguments.toArray();
		}

	}

	/** The data sets do not overlap: no cell or no point is within reach of a road. */
	public boolean apart() {
		return (cells > 0 && cellsBeyond == cells) || (points > 0 && pointsBeyond == points);
	}

	/** Percent of the population beyond the cell snap distance (of cells when people were not counted). */
	public double percentBeyond() {
		if (populationBeyond != null && population > 0) {
			return 100.0 * populationBeyond / population;
		}
		return cells == 0 ? 0 : 100.0 * cellsBeyond / cells;
	}

	/** What a user should know before trusting the result, most serious first; empty when nothing. */
	public List<Warning> warnings() {
		List<Warning> warnings = new ArrayList<>();
		long people = populationBeyond == null ? -1 : populationBeyond;
		if (apart()) {
			warnings.add(new Warning("analysis.run.warning.apart", List.of(percentBeyond(), cellsBeyond, cells,
					Math.round(cellSnapMeters), pointsBeyond, points, Math.round(pointSnapMeters))));
			return warnings;
		}
		if (percentBeyond() >= NOTABLE_SHARE * 100) {
			warnings.add(people >= 0
					? new Warning("analysis.run.warning.populationBeyond",
							List.of(percentBeyond(), people, population, Math.round(cellSnapMeters)))
					: new Warning("analysis.run.warning.cellsBeyond",
							List.of(percentBeyond(), cellsBeyond, cells, Math.round(cellSnapMeters))));
		}
		if (pointsBeyond > 0) {
			warnings.add(new Warning("analysis.run.warning.pointsBeyond",
					List.of(pointsBeyond, points, Math.round(pointSnapMeters))));
		}
		return warnings;
	}

}
