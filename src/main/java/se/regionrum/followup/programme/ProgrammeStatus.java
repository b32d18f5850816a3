package se.regionrum.followup.programme;

public enum ProgrammeStatus {
	PLANNED, ONGOING, COMPLETED
}
