package se.regionrum.dialogue.lookup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.dialogue.AgendaItemRef;
import se.regionrum.dialogue.DialogueLookup;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.Meetings.MeetingFigures;
import se.regionrum.dialogue.Meetings.OrganisationFigures;
import se.regionrum.dialogue.Meetings.SeriesRef;
import se.regionrum.dialogue.Meetings.SurveyRef;

/**
 * The read models other modules get through {@link se.regionrum.dialogue.Meetings} and
 * {@link DialogueLookup}: references, figures and lists over meetings, series, registrations and
 * surveys. {@code publishedOnly} leaves out what visitors may not see; the adapters decide it.
 */
@Repository
class DialogueLookupQueries {

	private static final String SURVEYS = "select s.id, s.title, s.meeting_id,"
			+ " (select count(*) from survey_response r where r.survey_id = s.id) responses from survey s";

	private final JdbcClient jdbc;

	DialogueLookupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static String visible(boolean publishedOnly) {
		return publishedOnly ? " and published = true" : "";
	}

	List<MeetingRef> meetings(boolean publishedOnly) {
		return jdbc.sql("select id, title, meeting_date from meeting where 1=1" + visible(publishedOnly)
				+ " order by meeting_date desc, id desc")
			.query(DialogueLookupQueries::meeting)
			.list();
	}

	Map<Long, MeetingRef> meetings(Collection<Long> meetingIds, boolean publishedOnly) {
		Map<Long, MeetingRef> found = new LinkedHashMap<>();
		if (meetingIds.isEmpty()) {
			return found;
		}
		jdbc.sql("select id, title, meeting_date from meeting where id in (:ids)" + visible(publishedOnly))
			.param("ids", meetingIds)
			.query(DialogueLookupQueries::meeting)
			.list()
			.forEach(m -> found.put(m.id(), m));
		return found;
	}

	List<AgendaItemRef> agenda(long meetingId, boolean publishedOnly) {
		return jdbc.sql("select a.id, a.meeting_id, a.start_time, a.title from meeting_agenda_item a "
				+ "join meeting on meeting.id = a.meeting_id where a.meeting_id = ?" + visible(publishedOnly)
				+ " order by a.position, a.id")
			.param(meetingId)
			.query(DialogueLookupQueries::agendaItem)
			.list();
	}

	Map<Long, AgendaItemRef> agendaItems(Collection<Long> agendaItemIds, boolean publishedOnly) {
		Map<Long, AgendaItemRef> found = new LinkedHashMap<>();
		if (agendaItemIds.isEmpty()) {
			return found;
		}
		jdbc.sql("select a.id, a.meeting_id, a.start_time, a.title from meeting_agenda_item a "
				+ "join meeting on meeting.id = a.meeting_id where a.id in (:ids)" + visible(publishedOnly))
			.param("ids", agendaItemIds)
			.query(DialogueLookupQueries::agendaItem)
			.list()
			.forEach(a -> found.put(a.id(), a));
		return found;
	}

	MeetingFigures figures(Collection<Long> meetingIds, LocalDate asOf) {
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

	Map<Long, OrganisationFigures> byOrganisation(LocalDate asOf, boolean publishedOnly) {
		Map<Long, OrganisationFigures> figures = new LinkedHashMap<>();
		String published = publishedOnly ? " and m.published = true" : "";
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

	List<SeriesRef> series(boolean publishedOnly) {
		return series("select id, title from meeting_series where 1=1" + visible(publishedOnly) + " order by id desc",
				Map.of(), publishedOnly);
	}

	Map<Long, SeriesRef> series(Collection<Long> seriesIds, boolean publishedOnly) {
		Map<Long, SeriesRef> found = new LinkedHashMap<>();
		if (seriesIds.isEmpty()) {
			return found;
		}
		series("select id, title from meeting_series where id in (:ids)" + visible(publishedOnly),
				Map.of("ids", seriesIds), publishedOnly)
			.forEach(s -> found.put(s.id(), s));
		return found;
	}

	private List<SeriesRef> series(String sql, Map<String, ?> params, boolean publishedOnly) {
		Map<Long, String> titles = new LinkedHashMap<>();
		jdbc.sql(sql).params(params).query(rs -> {
			titles.put(rs.getLong("id"), rs.getString("title"));
		});
		if (titles.isEmpty()) {
			return List.of();
		}
		Map<Long, List<MeetingRef>> meetings = new LinkedHashMap<>();
		jdbc.sql("select id, title, meeting_date, series_id from meeting where series_id in (:ids)"
				+ visible(publishedOnly) + " order by meeting_date, id")
			.param("ids", titles.keySet())
			.query(rs -> {
				meetings.computeIfAbsent(rs.getLong("series_id"), k -> new ArrayList<>())
					.add(new MeetingRef(rs.getLong("id"), rs.getString("title"), rs.getDate("meeting_date").toLocalDate()));
			});
		List<SeriesRef> result = new ArrayList<>();
		titles.forEach((id, title) -> {
			List<MeetingRef> own = meetings.getOrDefault(id, List.of());
			result.add(new SeriesRef(id, title, own.isEmpty() ? null : own.get(0).date(),
					own.isEmpty() ? null : own.get(own.size() - 1).date(), own.stream().map(MeetingRef::id).toList()));
		});
		return result;
	}

	List<SurveyRef> surveys() {
		return jdbc.sql(SURVEYS + " order by s.id desc").query(DialogueLookupQueries::survey).list();
	}

	Map<Long, SurveyRef> surveys(Collection<Long> surveyIds) {
		Map<Long, SurveyRef> found = new LinkedHashMap<>();
		if (surveyIds.isEmpty()) {
			return found;
		}
		jdbc.sql(SURVEYS + " where s.id in (:ids) order by s.id")
			.param("ids", surveyIds)
			.query(DialogueLookupQueries::survey)
			.list()
			.forEach(s -> found.put(s.id(), s));
		return found;
	}

	/** Surveys with the title of the meeting or series each belongs to, newest first. */
	List<DialogueLookup.SurveyRef> surveysWithOwner() {
		return jdbc.sql("""
				select s.id, s.title, coalesce(m.title, ms.title)
				from survey s left join meeting m on m.id = s.meeting_id
				left join meeting_series ms on ms.id = s.series_id
				order by s.id desc""")
			.query((rs, n) -> new DialogueLookup.SurveyRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private static MeetingRef meeting(ResultSet rs, int n) throws SQLException {
		return new MeetingRef(rs.getLong("id"), rs.getString("title"), rs.getDate("meeting_date").toLocalDate());
	}

	private static AgendaItemRef agendaItem(ResultSet rs, int n) throws SQLException {
		return new AgendaItemRef(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalTime.class), rs.getString(4));
	}

	private static SurveyRef survey(ResultSet rs, int n) throws SQLException {
		long meeting = rs.getLong("meeting_id");
		return new SurveyRef(rs.getLong("id"), rs.getString("title"), rs.wasNull() ? null : meeting,
				rs.getInt("responses"));
	}

}
