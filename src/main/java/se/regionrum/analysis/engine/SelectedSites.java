package se.regionrum.analysis.engine;

/**
 * What {@link SiteSelection} chose: candidate sites to open (indices into the {@link CandidateSites}),
 * existing points to close where relocation was allowed (ids in the {@link ServicePoints}), the
 * objective's total before, after plain greedy and after interchange, and the figures of the whole
 * change against today: {@link #total()} in row 0, {@link #byGroup()} one row per cell group
 * (municipality, say) when groups were given.
 */
public final class SelectedSites {

	final int[] chosen;
	final int[] greedyChosen;
	final int[] closedPoints;
	final long objectiveBefore;
	final long objectiveGreedy;
	final long objectiveAfter;
	final int swaps;
	final GainFigures total;
	final GainFigures byGroup;
	long elapsedNanos;

	SelectedSites(int[] chosen, int[] greedyChosen, int[] closedPoints, long objectiveBefore, long objectiveGreedy,
			long objectiveAfter, int swaps, GainFigures total, GainFigures byGroup) {
		this.chosen = chosen;
		this.greedyChosen = greedyChosen;
		this.closedPoints = closedPoints;
		this.objectiveBefore = objectiveBefore;
		this.objectiveGreedy = objectiveGreedy;
		this.objectiveAfter = objectiveAfter;
		this.swaps = swaps;
		this.total = total;
		this.byGroup = byGroup;
	}

	/** Candidate indices to open, in the order greedy took them (a swapped-in site takes its place). */
	public int[] chosen() {
		return chosen.clone();
	}

	/** What plain greedy chose, before interchange. */
	public int[] greedyChosen() {
		return greedyChosen.clone();
	}

	/** Existing points (ids in the {@link ServicePoints}) that relocation closes; empty unless some were closable. */
	public int[] closedPoints() {
		return closedPoints.clone();
	}

	/**
	 * The objective's total today: person-time in engine units, each person counted with at most the
	 * cap, for {@link LocationObjective#medianTime()}; people beyond the limit for covering.
	 */
	public long objectiveBefore() {
		return objectiveBefore;
	}

	public long objectiveGreedy() {
		return objectiveGreedy;
	}

	public long objectiveAfter() {
		return objectiveAfter;
	}

	/** Interchange steps taken (each one swap that lowered the total). */
	public int swaps() {
		return swaps;
	}

	public GainFigures total() {
		return total;
	}

	/** One row per cell group, or null when the selection was asked without groups. */
	public GainFigures byGroup() {
		return byGroup;
	}

	public long elapsedNanos() {
		return elapsedNanos;
	}
}
