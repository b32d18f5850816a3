package se.regionrum.analysis.run;

import java.time.Instant;
import java.util.List;

import se.regionrum.analysis.network.TravelMode;

/**
 * One analysis run: what it read (data sets with the versions they had), its settings, who
 * started it, where it is and, when done, its figures. A scenario run has a base run, closed
 * points (by seq in the point set) and added points. The travel mode is its network's.
 */
public record AnalysisRun(long id, String name, RunStatus status, int progress, String messageKey,
		String messageDetail, long gridId, String gridChecksum, long networkId, String networkChecksum,
		long pointSetId, String pointSetChecksum, Long baseRunId, List<Integer> closedPoints,
		List<AddedPoint> addedPoints, RunSettings settings, List<String> serviceTypes, boolean synthetic,
		String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt, Instant updatedAt,
		Long durationMs, Integer cellCount, Long population, Integer cellsOffNetwork, Integer pointCount,
		Integer pointsOffNetwork, Long populationOffNetwork, TravelMode mode) {

	/** A car run without the population count off the network (runs stored before it was kept, and tests). */
	public AnalysisRun(long id, String name, RunStatus status, int progress, String messageKey, String messageDetail,
			long gridId, String gridChecksum, long networkId, String networkChecksum, long pointSetId,
			String pointSetChecksum, Long baseRunId, List<Integer> closedPoints, List<AddedPoint> addedPoints,
			RunSettings settings, List<String> serviceTypes, boolean synthetic, String startedBy, Instant createdAt,
			Instant startedAt, Instant finishedAt, Instant updatedAt, Long durationMs, Integer cellCount,
			Long population, Integer cellsOffNetwork, Integer pointCount, Integer pointsOffNetwork) {
		this(id, name, status, progress, messageKey, messageDetail, gridId, gridChecksum, networkId, networkChecksum,
				pointSetId, pointSetChecksum, baseRunId, closedPoints, addedPoints, settings, serviceTypes, synthetic,
				startedBy, createdAt, startedAt, finishedAt, updatedAt, durationMs, cellCount, population,
				cellsOffNetwork, pointCount, pointsOffNetwork, null, TravelMode.CAR);
	}

	public boolean scenario() {
		return baseRunId != null;
	}

	public boolean done() {
		return status == RunStatus.DONE;
	}

	public boolean active() {
		return status.active();
	}

	/** How the finished run's grid and points met its network, or null before it is done. */
	public Coverage coverage() {
		if (!done() || cellCount == null || pointCount == null) {
			return null;
		}
		return new Coverage(cellCount, cellsOffNetwork == null ? 0 : cellsOffNetwork, population == null ? 0 : population,
				populationOffNetwork, pointCount, pointsOffNetwork == null ? 0 : pointsOffNetwork,
				settings.cellSnapMeters(), settings.pointSnapMeters());
	}

	/** Whether the finished run's data sets did not overlap, so that its figures mean nothing. */
	public boolean inputsApart() {
		Coverage coverage = coverage();
		return coverage != null && coverage.apart();
	}

	/** The run without the technical detail of a failure, for readers who are not administrators. */
	public AnalysisRun withoutDetail() {
		return messageDetail == null ? this
				: new AnalysisRun(id, name, status, progress, messageKey, null, gridId, gridChecksum, networkId,
						networkChecksum, pointSetId, pointSetChecksum, baseRunId, closedPoints, addedPoints, settings,
						serviceTypes, synthetic, startedBy, createdAt, startedAt, finishedAt, updatedAt, durationMs,
						cellCount, population, cellsOffNetwork, pointCount, pointsOffNetwork, populationOffNetwork, mode);
	}

	/** A service point a scenario adds: type code, name and place in SWEREF 99 TM. */
	public record AddedPoint(String type, String name, double x, double y) {
	}

}
