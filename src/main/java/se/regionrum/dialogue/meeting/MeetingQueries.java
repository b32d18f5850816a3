package se.regionrum.dialogue.meeting;

import static se.regionrum.platform.Text.blank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of meetings; the rules and permissions are {@link MeetingService}'s. */
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

	Optional<Meeting> find(long id) {
		return jdbc.sql("select * from meeting where id = ?").param(id).query(MeetingQueries::map).optional();
	}

	long insert(MeetingForm form) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into meeting (series_id, organiser_id, kind, title, meeting_date, start_time, end_time, coffee_time,
				  place, online_url, theme, description, documents, published, publish_at, registration_deadline,
				  capacity, per_organisation_limit, waiting_list, created_at, updated_at)
				values (:series, :organiser, :kind, :title, :date, :start, :end, :coffee, :place, :online, :theme,
				  :description, :documents, :published, :publishAt, :deadline, :capacity, :limit, :waitingList, :now, :now)""")
			.params(params(form))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void update(long id, MeetingForm form) {
		jdbc.sql("""
				update meeting set series_id = :series, organiser_id = :organiser, kind = :kind, title = :title,
				  meeting_date = :date, start_time = :start, end_time = :end, coffee_time = :coffee, place = :place,
				  online_url = :online, theme = :theme, description = :description, documents = :documents,
				  published = :published, publish_at = :publishAt, registration_deadline = :deadline,
				  capacity = :capacity, per_organisation_limit = :limit, waiting_list = :waitingList, updated_at = :now
				where id = :id""")
			.params(params(form))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	void delete(long id) {
		jdbc.sql("delete from meeting where id = ?").param(id).update();
	}

	private static Map<String, Object> params(MeetingForm f) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("series", f.getSeriesId());
		p.put("organiser", f.getOrganiserId());
		p.put("kind", f.getKind().name());
		p.put("title", f.getTitle().strip());
		p.put("date", f.getDate());
		p.put("start", f.getStartTime());
		p.put("end", f.getEndTime());
		p.put("coffee", f.getCoffeeTime());
		p.put("place", blank(f.getPlace()));
		p.put("online", blank(f.getOnlineUrl()));
		p.put("theme", blank(f.getTheme()));
		p.put("description", blank(f.getDescription()));
		p.put("documents", blank(f.getDocuments()));
		p.put("published", f.isPublished());
		p.put("publishAt", f.getPublishAt() == null ? null
				: f.getPublishAt().atZone(Meeting.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		p.put("deadline", f.getRegistrationDeadline());
		p.put("capacity", f.getCapacity());
		p.put("limit", f.getPerOrganisationLimit());
		p.put("waitingList", f.isWaitingList());
		return p;
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
