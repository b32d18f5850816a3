package se.regionrum.indicators.imports;

import java.time.Instant;

/**
 * One indicator import, queued, running or finished.
 *
 * @param options what the form said (table id, encoding, target indicator, fetched KPIs), as text for the job page
 * @param progress percent, by the bytes read of the files
 * @param valuesRead values read so far; of a DONE job, the values saved
 * @param problemCount every problem found, also those beyond the stored ones
 * @param messageKey why a FAILED job failed
 */
public record IndicatorImportJob(long id, IndicatorImportKind kind, String fileNames, long fileBytes, String options,
		Status status, int progress, long valuesRead, int indicatorsCreated, int problemCount, String messageKey,
		String messageDetail, String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt) {

	/** Where a job stands; REJECTED means its files had problems and nothing was saved. */
	public enum Status {
		QUEUED, RUNNING, DONE, REJECTED, FAILED
	}

	public boolean active() {
		return status == Status.QUEUED || status == Status.RUNNING;
	}

	public boolean done() {
		return status == Status.DONE;
	}

	public boolean rejected() {
		return status == Status.REJECTED;
	}

	public boolean failed() {
		return status == Status.FAILED;
	}

}
