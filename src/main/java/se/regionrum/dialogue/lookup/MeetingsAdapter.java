package se.regionrum.dialogue.lookup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.dialogue.AgendaItemRef;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.Meetings;
import se.regionrum.dialogue.survey.SurveyService;
import se.regionrum.platform.Permissions;

/**
 * The dialogue module's read API for other modules: visitors see what is published, signed-in
 * users everything; the SQL is {@link DialogueLookupQueries}'.
 */
@Component
class MeetingsAdapter implements Meetings {

	private final DialogueLookupQueries queries;

	private final Permissions permissions;

	private final SurveyService surveys;

	MeetingsAdapter(DialogueLookupQueries queries, Permissions permissions, SurveyService surveys) {
		this.queries = queries;
		this.permissions = permissions;
		this.surveys = surveys;
	}

	private boolean publishedOnly() {
		return !permissions.isSignedIn();
	}

	@Override
	public List<MeetingRef> choosable() {
		return queries.meetings(publishedOnly());
	}

	@Override
	public Map<Long, MeetingRef> findAll(Collection<Long> meetingIds) {
		return queries.meetings(meetingIds, publishedOnly());
	}

	@Override
	public List<AgendaItemRef> agenda(long meetingId) {
		return queries.agenda(meetingId, publishedOnly());
	}

	@Override
	public Map<Long, AgendaItemRef> findAgendaItems(Collection<Long> agendaItemIds) {
		return queries.agendaItems(agendaItemIds, publishedOnly());
	}

	@Override
	public MeetingFigures figures(Collection<Long> meetingIds, LocalDate asOf) {
		return queries.figures(meetingIds, asOf);
	}

	@Override
	public Map<Long, OrganisationFigures> byOrganisation(LocalDate asOf) {
		return queries.byOrganisation(asOf, publishedOnly());
	}

	@Override
	public List<SeriesRef> choosableSeries() {
		return queries.series(publishedOnly());
	}

	@Override
	public Map<Long, SeriesRef> findSeries(Collection<Long> seriesIds) {
		return queries.series(seriesIds, publishedOnly());
	}

	@Override
	public List<SurveyRef> surveys() {
		return permissions.isSignedIn() ? queries.surveys() : List.of();
	}

	@Override
	public Map<Long, SurveyRef> findSurveys(Collection<Long> surveyIds) {
		return permissions.isSignedIn() ? queries.surveys(surveyIds) : Map.of();
	}

	@Override
	public List<QuestionAnswers> rankedAnswers(long surveyId) {
		permissions.requireSignedIn();
		surveys.find(surveyId);
		return surveys.resultsWithoutCheck(surveyId).stream()
			.map(r -> new QuestionAnswers(r.question().text(), r.answers(),
					r.rows().stream().map(row -> new RankedAnswer(row.label(), row.count(), row.percent())).toList()))
			.toList();
	}

}
