package se.regionrum.dialogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Meetings and surveys as other modules see them, e.g. a programme that lists meetings among its
 * activities and an evaluation that used a survey. Read-only.
 */
public interface Meetings {

	/** Meetings a signed-in user may choose (all), or the published ones for visitors; newest first. */
	List<MeetingRef> choosable();

	/** The meetings with the given ids that the current user may see, by id. */
	Map<Long, MeetingRef> findAll(Collection<Long> meetingIds);

	/**
	 * How many of the given meetings were held on or before {@code asOf}, and how many people took
	 * part in them: those marked as attended, or the confirmed registrations of a meeting where
	 * no attendance was recorded.
	 */
	MeetingFigures figures(Collection<Long> meetingIds, LocalDate asOf);

	/** Surveys a signed-in user may link to an evaluation, newest first; empty for visitors. */
	List<SurveyRef> surveys();

	/** The surveys with the given ids, by id; empty for visitors. */
	Map<Long, SurveyRef> findSurveys(Collection<Long> surveyIds);

	/** A survey's answers per question, ranked by how often each occurs; signed-in users only. */
	List<QuestionAnswers> rankedAnswers(long surveyId);

	/** Meeting series a signed-in user may choose (all), or the published ones for visitors; newest first. */
	List<SeriesRef> choosableSeries();

	/** The series with the given ids that the current user may see, by id. */
	Map<Long, SeriesRef> findSeries(Collection<Long> seriesIds);

	/**
	 * Per organisation (by id), over the meetings the current user may see: the meetings held on or before
	 * {@code asOf} that it organised or registered people for, the people from it who took part in them
	 * (marked as attended, or confirmed where no attendance was recorded; a person at two meetings counts
	 * twice), and its registrations that are not cancelled or refused. Counts only, one query; organisations
	 * with none of these are left out.
	 */
	Map<Long, OrganisationFigures> byOrganisation(LocalDate asOf);

	/** The agenda of a meeting the current user may see, in its order; empty otherwise. */
	List<AgendaItemRef> agenda(long meetingId);

	/** The agenda items with the given ids whose meetings the current user may see, by id. */
	Map<Long, AgendaItemRef> findAgendaItems(Collection<Long> agendaItemIds);

	record MeetingFigures(int held, int participants) {
	}

	record OrganisationFigures(int meetingsHeld, int participants, int registrations) {
	}

	/** A series with the dates of its first and last meeting and its meetings' ids ({@code /series/{id}}). */
	record SeriesRef(long id, String title, LocalDate firstDate, LocalDate lastDate, List<Long> meetingIds) {
	}

	record SurveyRef(long id, String title, Long meetingId, int responses) {
	}

	record QuestionAnswers(String question, int answers, List<RankedAnswer> ranked) {
	}

	record RankedAnswer(String answer, int count, int percent) {
	}

}
