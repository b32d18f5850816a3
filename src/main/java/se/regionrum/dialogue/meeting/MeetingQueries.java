package se.regionrum.dialogue.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists of meetings; a meeting is written and read by id through {@link MeetingRepository},
 * the rules and permissions are {@link MeetingService}'s.
 */
@Repository
class MeetingQueries {

	private final JdbcClient jdbc;

	MeetingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Meetings from and to the given dates and of the given series (each ignored when null), by date. */
	List<Meeting> list(LocalDate from, LocalDate to, Long seriesId) {
		StringBuilder sql = new StringBuilder("select * from meeting where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (from != null) {
			sql.append(" and meeting_date >= :from");
			params.put("from", from);
		}
		if (to != null) {
			sql.append(" and meeting_date <= :to");
			params.put("to", to);
		}
		if (seriesId != null) {
			sql.append(" and series_id = :series");
			params.put("series", seriesId);
		}
		sql.append(" order by meeting_date, start_time, id");
		return jdbc.sql(sql.toString()).params(params).query(MeetingQueries::map).list();
	}

	private static Meeting map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime publishAt = rs.getObject("publish_at", OffsetDateTime.class);
		long series = rs.getLong("series_id");
		Long seriesId = rs.wasNull() ? null : series;
		long organiser = rs.getLong("organiser_id");
		Long organiserId = rs.wasNull() ? null : organiser;
		return new Meeting(rs.getLong("id"), seriesId, organiserId, MeetingKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getObject("meeting_date", LocalDate.class),
				rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
				rs.getObject("coffee_time", LocalTime.class), rs.getString("place"), rs.getString("online_url"),
				rs.getString("theme"), rs.getString("description"), rs.getString("documents"),
				rs.getBoolean("published"), publishAt == null ? null : publishAt.toInstant(),
				rs.getObject("registration_deadline", LocalDate.class), rs.getObject("capacity", Integer.class),
				rs.getObject("per_organisation_limit", Integer.class), rs.getBoolean("waiting_list"));
	}

}
