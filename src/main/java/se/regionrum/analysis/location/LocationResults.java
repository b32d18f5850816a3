package se.regionrum.analysis.location;

import java.util.List;

/** The stored results of a location analysis, as pages, the API and exports read them. */
public final class LocationResults {

	private LocationResults() {
	}

	/**
	 * A candidate site and what a point there alone would give against the run.
	 *
	 * @param broughtWithin people brought within each threshold of the analysis
	 * @param broughtWithinByAge per age group of the grid, people brought within each threshold
	 */
	public record Candidate(int idx, double x, double y, String name, long municipalityId, boolean onNetwork,
			long peopleFaster, double personMinutesSaved, List<Long> broughtWithin,
			List<List<Long>> broughtWithinByAge) {
	}

	/** A chosen site, in the order chosen, with what it adds to those before it. */
	public record Site(int order, Candidate candidate, long peopleFaster, double personMinutesSaved,
			List<Long> broughtWithin, double objectiveAfter) {
	}

	/** One municipality before and after the chosen sites. */
	public record Municipality(long municipalityId, String name, long population, double personMinutesBefore,
			double personMinutesAfter, List<Long> withinBefore, List<Long> withinAfter) {

		public Double meanMinutesBefore() {
			return population == 0 ? null : personMinutesBefore / population;
		}

		public Double meanMinutesAfter() {
			return population == 0 ? null : personMinutesAfter / population;
		}

		public long withinChange(int threshold) {
			return withinAfter.get(threshold) - withinBefore.get(threshold);
		}

	}

}
