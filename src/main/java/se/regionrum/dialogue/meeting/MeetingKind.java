package se.regionrum.dialogue.meeting;

/** What kind of meeting it is; labels in the bundles as {@code dialogue.meetingKind.<NAME>}. */
public enum MeetingKind {

	MUNICIPAL_DIALOGUE, INTERVIEW, WORKSHOP, SEMINAR, LECTURE, LEARNING_PROJECT_MEETING, DIALOGUE_CONFERENCE,
	THEME_MEETING, STUDY_TRIP, COMPANY_VISIT

}
