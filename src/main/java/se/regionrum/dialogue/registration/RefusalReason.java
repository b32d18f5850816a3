package se.regionrum.dialogue.registration;

/** Why a registration was refused; labels as {@code dialogue.refusal.<NAME>}. */
public enum RefusalReason {

	NOT_OPEN, DEADLINE_PASSED, MEETING_OVER, FULL, ORGANISATION_FULL, ALREADY_REGISTERED, SERIES_ONLY, NO_MEETINGS,
	CONSENT_MISSING, TOO_MANY_COLLEAGUES

}
