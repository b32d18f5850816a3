package se.regionrum.analysis.run;

/** Where a run is: waiting for the analysis thread, working, finished or failed. */
public enum RunStatus {
	QUEUED, RUNNING, DONE, FAILED;

	public boolean active() {
		return this == QUEUED || this == RUNNING;
	}
}
