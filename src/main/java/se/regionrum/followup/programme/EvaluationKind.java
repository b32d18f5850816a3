package se.regionrum.followup.programme;

public enum EvaluationKind {
	MIDTERM, FINAL
}
