package se.regionrum.dialogue.meeting;

import static se.regionrum.platform.Text.blank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of a meeting's agenda; the rules are AgendaService's. */
@Repository
class AgendaQueries {

	private static final String COLUMNS = "id, meeting_id, position, start_time, end_time, title, speaker, speaker_organisation";

	private final JdbcClient jdbc;

	AgendaQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AgendaItem> ofMeeting(long meetingId) {
		return jdbc.sql("select " + COLUMNS + " from meeting_agenda_item where meeting_id = ? order by position, id")
			.param(meetingId)
			.query(AgendaQueries::map)
			.list();
	}

	Optional<AgendaItem> find(long meetingId, long itemId) {
		return jdbc.sql("select " + COLUMNS + " from meeting_agenda_item where id = ? and meeting_id = ?")
			.params(itemId, meetingId)
			.query(AgendaQueries::map)
			.optional();
	}

	/**
	 * Locks the meeting row, so that two editors reordering the same agenda at once are taken one
	 * after the other and the positions stay a clean 1..n.
	 */
	void lockMeeting(long meetingId) {
		jdbc.sql("select id from meeting where id = ? for update").param(meetingId).query(Long.class).list();
	}

	long insert(long meetingId, int position, AgendaItemForm form) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into meeting_agenda_item (meeting_id, position, start_time, end_time, title, speaker,
				  speaker_organisation) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(meetingId, position, form.startTime(), form.endTime(), form.title().strip(),
					blank(form.speaker()), blank(form.speakerOrganisation()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void update(long itemId, AgendaItemForm form) {
		jdbc.sql("""
				update meeting_agenda_item set start_time = ?, end_time = ?, title = ?, speaker = ?,
				  speaker_organisation = ? where id = ?""")
			.params(form.startTime(), form.endTime(), form.title().strip(), blank(form.speaker()),
					blank(form.speakerOrganisation()), itemId)
			.update();
	}

	int delete(long meetingId, long itemId) {
		return jdbc.sql("delete from meeting_agenda_item where id = ? and meeting_id = ?")
			.params(itemId, meetingId)
			.update();
	}

	/** Writes positions 1..n in the order of the given ids. */
	void renumber(List<Long> itemIds) {
		int position = 1;
		for (Long id : itemIds) {
			jdbc.sql("update meeting_agenda_item set position = ? where id = ?").params(position++, id).update();
		}
	}

	private static AgendaItem map(ResultSet rs, int row) throws SQLException {
		return new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"),
				rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
				rs.getString("title"), rs.getString("speaker"), rs.getString("speaker_organisation"));
	}

}
