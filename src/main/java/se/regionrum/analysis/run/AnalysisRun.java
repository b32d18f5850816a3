package se.regionrum.analysis.run;

import java.time.Instant;
import java.util.List;

/**
 * One analysis run: what it read (data sets with the versions they had), its settings, who
 * started it, where it is and, when done, its figures. A scenario run has a base run, closed
 * points (by seq in the point set) and added points.
 */
public record AnalysisRun(long id, String name, RunStatus status, int progress, String messageKey,
		String messageDetail, long gridId, String gridChecksum, long networkId, String networkChecksum,
		long pointSetId, String pointSetChecksum, Long baseRunId, List<Integer> closedPoints,
		List<AddedPoint> addedPoints, RunSettings settings, List<String> serviceTypes, boolean synthetic,
		String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt, Instant updatedAt,
		Long durationMs, Integer cellCount, Long population, Integer cellsOffNetwork, Integer pointCount,
		Integer pointsOffNetwork) {

	public boolean scenario() {
		return baseRunId != null;
	}

	public boolean done() {
		return status == RunStatus.DONE;
	}

	public boolean active() {
		return status.active();
	}

	/** The run without the technical detail of a failure, for readers who are not administrators. */
	public AnalysisRun withoutDetail() {
		return messageDetail == null ? this
				: new AnalysisRun(id, name, status, progress, messageKey, null, gridId, gridChecksum, networkId,
						networkChecksum, pointSetId, pointSetChecksum, baseRunId, closedPoints, addedPoints, settings,
						serviceTypes, synthetic, startedBy, createdAt, startedAt, finishedAt, updatedAt, durationMs,
						cellCount, population, cellsOffNetwork, pointCount, pointsOffNetwork);
	}

	/** A service point a scenario adds: type code, name and place in SWEREF 99 TM. */
	public record AddedPoint(String type, String name, double x, double y) {
	}

}
