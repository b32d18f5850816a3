package se.regionrum.dialogue;

import java.util.List;
import java.util.Optional;

/**
 * Meetings and survey results as other modules (the follow-up module's method handbook) read
 * them: meetings to link to, and a survey's answers ranked by how often they occur.
 */
public interface DialogueLookup {

	/** The meeting, if it exists and the current user may see it. */
	Optional<MeetingRef> meeting(long id);

	/** Meetings to choose from, newest first; signed-in users only (empty otherwise). */
	List<MeetingRef> meetings();

	/** Surveys to choose from, newest first; signed-in users only (empty otherwise). */
	List<SurveyRef> surveys();

	/**
	 * A survey's results: per question the answers ranked by how often they occur (free text,
	 * grouped ignoring case and trailing punctuation), the options (choice) or the scale 1–5 with
	 * its mean. Signed-in users only; empty when the survey does not exist.
	 */
	Optional<RankedSurvey> rankedResults(long surveyId);

	/** A survey to choose: its title and the meeting or series it belongs to. */
	record SurveyRef(long id, String title, String belongsTo) {
	}

	record RankedSurvey(long id, String title, String belongsTo, int responses, List<RankedQuestion> questions) {
	}

	/** kind: a survey question kind (FREE_TEXT, SCALE, SINGLE_CHOICE, MULTIPLE_CHOICE, RANKING, YES_NO); mean only for SCALE; for RANKING the count is points. */
	record RankedQuestion(String text, String kind, int answers, List<RankedAnswer> rows, Double mean) {
	}

	record RankedAnswer(String label, int count, int percent) {
	}

}
