package se.regionrum.followup.handbook;

/** What a handbook chapter shows. */
public enum ChapterKind {
	METHOD, PRACTICE_CASE, SURVEY_RESULTS, PROGRAMME_LESSONS, TEXT
}
