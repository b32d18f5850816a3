package se.regionrum.analysis.location;

import java.util.List;

/**
 * What a {@link LocationSolver} found. Times of people who reach no point count as
 * {@link #UNREACHABLE_MINUTES} in person-minutes, so that bringing them within reach counts.
 *
 * @param gains what a point at each candidate alone would give against the run
 * @param chosen the chosen new sites in the order chosen, each with what it adds to those before it
 *        (after the relocation's closures)
 * @param closedPoints the closable points (indices in the problem's points) closed by relocation
 * @param objectiveBefore the objective with the run's points: person-minutes, or people within the cover time
 * @param objectiveAfter the objective with the chosen sites and closures
 * @param municipalities before and after, per municipality
 */
public record LocationSolution(CandidateGains gains, List<ChosenSite> chosen, int[] closedPoints,
		double objectiveBefore, double objectiveAfter, List<MunicipalityFigures> municipalities) {

	public static final int UNREACHABLE_MINUTES = 600;

	/**
	 * Per candidate (arrays indexed by candidate).
	 *
	 * @param onNetwork whether the candidate lies within the point snap distance of a road
	 * @param peopleFaster people whose time to the nearest point falls
	 * @param personMinutesSaved person-minutes saved
	 * @param broughtWithin {@code [threshold][candidate]} people beyond the threshold before and within it after
	 * @param broughtWithinByAge {@code [group][threshold][candidate]}, empty when the grid has no age groups
	 */
	public record CandidateGains(boolean[] onNetwork, long[] peopleFaster, double[] personMinutesSaved,
			long[][] broughtWithin, long[][][] broughtWithinByAge) {
	}

	/** A chosen site: its candidate index and what it adds to the sites chosen before it. */
	public record ChosenSite(int candidate, long peopleFaster, double personMinutesSaved, long[] broughtWithin,
			double objectiveAfter) {
	}

	/** One municipality before and after: population, person-minutes and people within each threshold. */
	public record MunicipalityFigures(long municipalityId, long population, double personMinutesBefore,
			double personMinutesAfter, long[] withinBefore, long[] withinAfter) {
	}

}
