package se.regionrum.analysis.imports;

/** Where an import job stands; REJECTED means the file had problems and nothing was saved. */
public enum ImportStatus {

	QUEUED, RUNNING, DONE, REJECTED, FAILED

}
