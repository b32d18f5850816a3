package se.regionrum.analysis.imports;

import java.time.Instant;

import se.regionrum.analysis.network.TravelMode;

/**
 * One upload being read into a data set, or the outcome of it.
 *
 * @param fileNames the names the files were uploaded with, comma-separated
 * @param progress percent, by stage: the readers cannot tell how much of a file is left
 * @param elementsRead OSM elements read so far, for the files that report it (0 otherwise)
 * @param messageKey why a FAILED job failed
 * @param datasetId the grid, point set or network a DONE job made
 * @param mode the travel mode a network is built for (null for grids and point sets)
 */
public record ImportJob(long id, ImportKind kind, String name, String source, String fileNames, long fileBytes,
		Integer cellSize, ImportStatus status, int progress, long elementsRead, String messageKey,
		String messageDetail, int problemCount, Long datasetId, String startedBy, Instant createdAt,
		Instant startedAt, Instant finishedAt, TravelMode mode) {

	public boolean active() {
		return status == ImportStatus.QUEUED || status == ImportStatus.RUNNING;
	}

	public boolean done() {
		return status == ImportStatus.DONE;
	}

	public boolean rejected() {
		return status == ImportStatus.REJECTED;
	}

	public boolean failed() {
		return status == ImportStatus.FAILED;
	}

}
