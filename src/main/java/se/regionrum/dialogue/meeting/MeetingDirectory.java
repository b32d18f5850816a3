package se.regionrum.dialogue.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.Meetings;
import se.regionrum.dialogue.survey.SurveyService;
import se.regionrum.platform.Permissions;

/** The dialogue module's read API for other modules. */
@Component
class MeetingDirectory implements Meetings {

	private final JdbcClient jdbc;

	private final Permissions permissions;

	private final SurveyService surveys;

	MeetingDirectory(JdbcClient jdbc, Permissions permissions, SurveyService surveys) {
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.surveys = surveys;
	}

	private String visible() {
		return permissions.isSignedIn() ? "" : " and published = true";
	}

	@Override
	public List<MeetingRef> choosable() {
		return jdbc.sql("select id, title, meeting_date from meeting where 1=1" + visible()
				+ " order by meeting_date desc, id desc")
			.query(MeetingDirectory::meeting)
			.list();
	}

	@Override
	public Map<Long, MeetingRef> findAll(Collection<Long> meetingIds) {
		Map<Long, MeetingRef> found = new LinkedHashMap<>();
		if (meetingIds.isEmpty()) {
			return found;
		}
		jdbc.sql("select id, title, meeting_date from meeting where id in (:ids)" + visible())
			.param("ids", meetingIds)
			.query(MeetingDirectory::meeting)
			.list()
			.forEach(m -> found.put(m.id(), m));
		return found;
	}

	@Override
	public List<se.regionrum.dialogue.AgendaItemRef> agenda(long meetingId) {
		return jdbc.sql("select a.id, a.meeting_id, a.start_time, a.title from meeting_agenda_item a "
				+ "join meeting on meeting.id = a.meeting_id where a.meeting_id = ?" + visible()
				+ " order by a.position, a.id")
			.param(meetingId)
			.query(MeetingDirectory::agendaItem)
			.list();
	}

	@Override
	public Map<Long, se.regionrum.dialogue.AgendaItemRef> findAgendaItems(Collection<Long> agendaItemIds) {
		Map<Long, se.regionrum.dialogue.AgendaItemRef> found = new LinkedHashMap<>();
		if (agendaItemIds.isEmpty()) {
			return found;
		}
		jdbc.sql("select a.id, a.meeting_id, a.start_time, a.title from meeting_agenda_item a "
				+ "join meeting on meeting.id = a.meeting_id where a.id in (:ids)" + visible())
			.param("ids", agendaItemIds)
			.query(MeetingDirectory::agendaItem)
			.list()
			.forEach(a -> found.put(a.id(), a));
		return found;
	}

	private static se.regionrum.dialogue.AgendaItemRef agendaItem(java.sql.ResultSet rs, int n)
			throws java.sql.SQLException {
		return new se.regionrum.dialogue.AgendaItemRef(rs.getLong(1), rs.getLong(2),
				rs.getObject(3, java.time.LocalTime.class), rs.getString(4));
	}

	@Override
	public MeetingFigures figures(Collection<Long> meetingIds, LocalDate asOf) {
		if (meetingIds.isEmpty()) {
			return new MeetingFigures(0, 0);
		}
		return jdbc.sql("""
				select count(*) held, coalesce(sum(case when a.attended > 0 then a.attended else a.confirmed end), 0) people
				from meeting m left join (
				  select meeting_id, sum(case when attended = true then 1 else 0 end) attended,
				         sum(case when status = 'CONFIRMED' then 1 else 0 end) confirmed
				  from meeting_registration group by meeting_id) a on a.meeting_id = m.id
				where m.id in (:ids) and m.meeting_date <= :asof""")
			.param("ids", meetingIds)
			.param("asof", java.sql.Date.valueOf(asOf))
			.query((rs, n) -> new MeetingFigures(rs.getInt("held"), rs.getInt("people")))
			.single();
	}

	@Override
	public Map<Long, OrganisationFigures> byOrganisation(LocalDate asOf) {
		Map<Long, OrganisationFigures> figures = new LinkedHashMap<>();
		String published = permissions.isSignedIn() ? "" : " and m.published = true";
		// One row per organisation and meeting: its own meetings and those it registered people for.
		jdbc.sql("""
				select o.organisation_id,
				       count(distinct case when m.meeting_date <= :asof then m.id end) held,
				       coalesce(sum(case when m.meeting_date > :asof then 0
				                         when a.any_attended > 0 then o.attended else o.confirmed end), 0) participants,
				       coalesce(sum(o.registrations), 0) registrations
				from (
				  select organisation_id, meeting_id,
				         sum(case when attended = true then 1 else 0 end) attended,
				         sum(case when status = 'CONFIRMED' then 1 else 0 end) confirmed,
				         sum(case when status in ('CONFIRMED', 'WAITLISTED') then 1 else 0 end) registrations
				  from meeting_registration where organisation_id is not null group by organisation_id, meeting_id
				  union all
				  select organiser_id, id, 0, 0, 0 from meeting where organiser_id is not null
				) o
				join meeting m on m.id = o.meeting_id
				left join (select meeting_id, sum(case when attended = true then 1 else 0 end) any_attended
				           from meeting_registration group by meeting_id) a on a.meeting_id = m.id
				where 1=1""" + published + " group by o.organisation_id")
			.param("asof", java.sql.Date.valueOf(asOf))
			.query(rs -> {
				figures.put(rs.getLong("organisation_id"), new OrganisationFigures(rs.getInt("held"),
						rs.getInt("participants"), rs.getInt("registrations")));
			});
		return figures;
	}

	@Override
	public List<SeriesRef> choosableSeries() {
		return series("select id, title from meeting_series where 1=1" + visible() + " order by id desc", Map.of());
	}

	@Override
	public Map<Long, SeriesRef> findSeries(Collection<Long> seriesIds) {
		Map<Long, SeriesRef> found = new LinkedHashMap<>();
		if (seriesIds.isEmpty()) {
			return found;
		}
		series("select id, title from meeting_series where id in (:ids)" + visible(), Map.of("ids", seriesIds))
			.forEach(s -> found.put(s.id(), s));
		return found;
	}

	private List<SeriesRef> series(String sql, Map<String, ?> params) {
		Map<Long, String> titles = new LinkedHashMap<>();
		jdbc.sql(sql).params(params).query(rs -> {
			titles.put(rs.getLong("id"), rs.getString("title"));
		});
		if (titles.isEmpty()) {
			return List.of();
		}
		Map<Long, List<MeetingRef>> meetings = new LinkedHashMap<>();
		jdbc.sql("select id, title, meeting_date, series_id from meeting where series_id in (:ids)" + visible()
				+ " order by meeting_date, id")
			.param("ids", titles.keySet())
			.query(rs -> {
				meetings.computeIfAbsent(rs.getLong("series_id"), k -> new java.util.ArrayList<>())
					.add(new MeetingRef(rs.getLong("id"), rs.getString("title"), rs.getDate("meeting_date").toLocalDate()));
			});
		List<SeriesRef> result = new java.util.ArrayList<>();
		titles.forEach((id, title) -> {
			List<MeetingRef> own = meetings.getOrDefault(id, List.of());
			result.add(new SeriesRef(id, title, own.isEmpty() ? null : own.get(0).date(),
					own.isEmpty() ? null : own.get(own.size() - 1).date(), own.stream().map(MeetingRef::id).toList()));
		});
		return result;
	}

	@Override
	public List<SurveyRef> surveys() {
		if (!permissions.isSignedIn()) {
			return List.of();
		}
		return jdbc.sql(SURVEYS + " order by s.id desc").query(MeetingDirectory::survey).list();
	}

	@Override
	public Map<Long, SurveyRef> findSurveys(Collection<Long> surveyIds) {
		Map<Long, SurveyRef> found = new LinkedHashMap<>();
		if (surveyIds.isEmpty() || !permissions.isSignedIn()) {
			return found;
		}
		jdbc.sql(SURVEYS + " where s.id in (:ids) order by s.id")
			.param("ids", surveyIds)
			.query(MeetingDirectory::survey)
			.list()
			.forEach(s -> found.put(s.id(), s));
		return found;
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

	private static final String SURVEYS = "select s.id, s.title, s.meeting_id,"
			+ " (select count(*) from survey_response r where r.survey_id = s.id) responses from survey s";

	private static MeetingRef meeting(ResultSet rs, int n) throws SQLException {
		return new MeetingRef(rs.getLong("id"), rs.getString("title"), rs.getDate("meeting_date").toLocalDate());
	}

	private static SurveyRef survey(ResultSet rs, int n) throws SQLException {
		long meeting = rs.getLong("meeting_id");
		return new SurveyRef(rs.getLong("id"), rs.getString("title"), rs.wasNull() ? null : meeting,
				rs.getInt("responses"));
	}


}
