package se.regionrum.analysis.location;

import java.time.Instant;
import java.util.List;

import se.regionrum.analysis.run.RunStatus;

/**
 * One location analysis on a finished run: what it asked (type, candidates, how many sites, for
 * which objective, restricted to which municipalities, which points may close), where it is, and
 * when done its figures. Runs as a durable job as runs do, with the same statuses.
 *
 * @param candidateInput the uploaded or drawn candidates, one "x;y;name" line each; for road junctions
 *        the minimum population of their cells, as a whole number; null for cells
 * @param municipalities candidates may be chosen only in these (empty: anywhere)
 * @param closablePoints seqs of the run's points of the type that may close (relocation)
 * @param closedPoints seqs closed by relocation, when done
 */
public record LocationAnalysis(long id, long runId, String serviceType, CandidateKind candidateKind,
		String candidateInput, int siteCount, Objective objective, int coverMinutes, List<Integer> thresholdMinutes,
		List<Long> municipalities, List<Integer> closablePoints, RunStatus status, int progress, String messageKey,
		String messageDetail, Integer candidateCount, Double objectiveBefore, Double objectiveAfter,
		List<Integer> closedPoints, String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt,
		Long durationMs) {

	public boolean done() {
		return status == RunStatus.DONE;
	}

	public boolean active() {
		return status.active();
	}

	/** The minimum population of the cells whose road junctions are candidates; 0 for other kinds. */
	public int minPopulation() {
		return candidateKind == CandidateKind.ROAD_JUNCTIONS ? Integer.parseInt(candidateInput.strip()) : 0;
	}

	/** The index of the cover time among the thresholds. */
	public int coverIndex() {
		return thresholdMinutes.indexOf(coverMinutes);
	}

	/**
	 * What a candidate alone gains for the objective, by which candidates are ranked and coloured:
	 * person-minutes saved, or people newly within the cover time.
	 */
	public double gain(LocationResults.Candidate candidate) {
		return objective == Objective.COVER ? candidate.broughtWithin().get(coverIndex()) : candidate.personMinutesSaved();
	}

	public LocationAnalysis withoutDetail() {
		return new LocationAnalysis(id, runId, serviceType, candidateKind, candidateInput, siteCount, objective,
				coverMinutes, thresholdMinutes, municipalities, closablePoints, status, progress, messageKey, null,
				candidateCount, objectiveBefore, objectiveAfter, closedPoints, startedBy, createdAt, startedAt,
				finishedAt, durationMs);
	}

}
