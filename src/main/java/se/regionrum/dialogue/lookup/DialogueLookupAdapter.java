package se.regionrum.dialogue.lookup;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionrum.dialogue.DialogueLookup;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.survey.SurveyService;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;

/** The dialogue module's lookups for other modules; see {@link DialogueLookup}. */
@Component
class DialogueLookupAdapter implements DialogueLookup {

	private final MeetingService meetings;

	private final SurveyService surveys;

	private final Permissions permissions;

	private final DialogueLookupQueries queries;

	DialogueLookupAdapter(MeetingService meetings, SurveyService surveys, Permissions permissions,
			DialogueLookupQueries queries) {
		this.meetings = meetings;
		this.surveys = surveys;
		this.permissions = permissions;
		this.queries = queries;
	}

	@Override
	public Optional<MeetingRef> meeting(long id) {
		try {
			var meeting = meetings.get(id);
			return Optional.of(new MeetingRef(meeting.id(), meeting.title(), meeting.date()));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	@Override
	public List<MeetingRef> meetings() {
		if (!permissions.isSignedIn()) {
			return List.of();
		}
		return queries.meetings(false);
	}

	@Override
	public List<SurveyRef> surveys() {
		if (!permissions.isSignedIn()) {
			return List.of();
		}
		return queries.surveysWithOwner();
	}

	@Override
	public Optional<RankedSurvey> rankedResults(long surveyId) {
		if (!permissions.isSignedIn()) {
			return Optional.empty();
		}
		Optional<SurveyRef> ref = surveys().stream().filter(s -> s.id() == surveyId).findFirst();
		if (ref.isEmpty()) {
			return Optional.empty();
		}
		List<RankedQuestion> questions = surveys.resultsWithoutCheck(surveyId).stream()
			// a ranking's rows are ranked by points, so points are what they count here
			.map(q -> new RankedQuestion(q.question().text(), q.question().kind().name(), q.answers(),
					q.rows().stream()
						.map(r -> new RankedAnswer(r.label(), r.points() != null ? r.points() : r.count(), r.percent()))
						.toList(),
					q.mean()))
			.toList();
		return Optional.of(new RankedSurvey(surveyId, ref.get().title(), ref.get().belongsTo(),
				surveys.responses(surveyId), questions));
	}

}
