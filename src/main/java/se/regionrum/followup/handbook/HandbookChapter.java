package se.regionrum.followup.handbook;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One chapter of a handbook draft: a method, a practice case (an initiative), a survey's results
 * the lessons of a programme, or free text. The title, when given, replaces the source's own; the body (Markdown) is an
 * introduction, or the whole text of a TEXT chapter.
 */
@Table
public record HandbookChapter(ChapterKind kind, String title, String body, Long methodId, Long initiativeId,
		Long surveyId, Long programmeId) {

	String describe() {
		return kind + switch (kind) {
			case METHOD -> ":" + methodId;
			case PRACTICE_CASE -> ":" + initiativeId;
			case SURVEY_RESULTS -> ":" + surveyId;
			case PROGRAMME_LESSONS -> ":" + programmeId;
			case TEXT -> ":" + title;
		};
	}

}
