package se.regionrum.followup.programme;

/** What an activity was; {@link #MEETING} is a meeting and {@link #SERIES} a meeting series of the dialogue module, chosen and not copied. */
public enum ActivityKind {
	MEETING, SERIES, THEME_MEETING, STUDY_TRIP, SEMINAR, INFORMATION, COMPANY_VISIT, CONFERENCE, OTHER
}
