package se.regionrum.dialogue.survey;

/**
 * A survey's life: built as a DRAFT (questions can change), PUBLISHED (answers are taken; the
 * questions are fixed), CLOSED (no more answers; it can be opened again or copied into a new draft).
 */
public enum SurveyStatus {
	DRAFT, PUBLISHED, CLOSED
}
