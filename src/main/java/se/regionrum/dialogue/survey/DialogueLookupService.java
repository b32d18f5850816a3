package se.regionrum.dialogue.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.regionrum.dialogue.DialogueLookup;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;

/** The dialogue module's lookups for other modules; see {@link DialogueLookup}. */
@Service
class DialogueLookupService implements DialogueLookup {

	private final MeetingService meetings;

	private final SurveyService surveys;

	private final Permissions permissions;

	private final JdbcClient jdbc;

	DialogueLookupService(MeetingService meetings, SurveyService surveys, Permissions permissions, JdbcClient jdbc) {
		this.meetings = meetings;
		this.surveys = surveys;
		this.permissions = permissions;
		this.jdbc = jdbc;
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
		return jdbc.sql("select id, title, meeting_date from meeting order by meeting_date desc, id desc")
			.query((rs, n) -> new MeetingRef(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.list();
	}

	@Override
	public List<SurveyRef> surveys() {
		if (!permissions.isSignedIn()) {
			return List.of();
		}
		return jdbc.sql("""
				select s.id, s.title, coalesce(m.title, ms.title)
				from survey s left join meeting m on m.id = s.meeting_id
				left join meeting_series ms on ms.id = s.series_id
				order by s.id desc""")
			.query((rs, n) -> new SurveyRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
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
