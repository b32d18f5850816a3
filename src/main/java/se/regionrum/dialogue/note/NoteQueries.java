package se.regionrum.dialogue.note;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The notes of meetings in SQL. */
@Repository
class NoteQueries {

	private static final String COLUMNS = "select id, meeting_id, body, created_by, created_at from meeting_note";

	private static final RowMapper<MeetingNote> NOTE = (rs, n) -> new MeetingNote(rs.getLong(1), rs.getLong(2),
			rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class));

	private final JdbcClient jdbc;

	NoteQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MeetingNote> ofMeeting(long meetingId) {
		return jdbc.sql(COLUMNS + " where meeting_id = ? order by id").param(meetingId).query(NOTE).list();
	}

	Optional<MeetingNote> find(long noteId) {
		return jdbc.sql(COLUMNS + " where id = ?").param(noteId).query(NOTE).optional();
	}

	/** Writes a new note; returns its id. */
	long insertNote(long meetingId, String body, String createdBy, OffsetDateTime createdAt) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into meeting_note (meeting_id, body, created_by, created_at) values (?, ?, ?, ?)")
			.params(meetingId, body, createdBy, createdAt)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

}
