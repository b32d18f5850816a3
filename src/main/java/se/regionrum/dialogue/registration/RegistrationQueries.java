package se.regionrum.dialogue.registration;

import static se.regionrum.platform.Text.blank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of registrations: the meeting row locks that serialise registering per meeting, the
 * counts the rules decide on, and the writes. The rules are {@link RegistrationRules}', the use
 * cases {@link RegistrationService}'s.
 */
@Repository
class RegistrationQueries {

	private static final String ACTIVE = "('CONFIRMED', 'WAITLISTED')";

	private final JdbcClient jdbc;

	RegistrationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the meetings' rows ({@code select … for update}) in id order, so that two transactions
	 * never wait for each other in a cycle; held until the transaction ends.
	 */
	void lockMeetings(List<Long> meetingIds) {
		for (Long id : meetingIds.stream().sorted().toList()) {
			jdbc.sql("select id from meeting where id = ? for update").param(id).query(Long.class).list();
		}
	}

	int count(long meetingId, RegistrationStatus status) {
		return jdbc.sql("select count(*) from meeting_registration where meeting_id = ? and status = ?")
			.params(meetingId, status.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * What the rules decide on for one person: their own active registrations (same name and e-mail,
	 * ignoring case), their organisation's, and the confirmed ones. Run under the meeting's lock.
	 */
	RegistrationRules.Tally tally(long meetingId, String email, String name, String organisationKey) {
		return jdbc.sql("""
				select
				  coalesce(sum(case when status in %1$s and lower(email) = lower(:email) and lower(name) = lower(:name)
				                    then 1 else 0 end), 0) same_person,
				  coalesce(sum(case when status in %1$s and organisation_key = :organisation then 1 else 0 end), 0)
				    of_organisation,
				  coalesce(sum(case when status = 'CONFIRMED' then 1 else 0 end), 0) confirmed
				from meeting_registration where meeting_id = :meeting""".formatted(ACTIVE))
			.param("email", email)
			.param("name", name)
			.param("organisation", organisationKey)
			.param("meeting", meetingId)
			.query((rs, n) -> new RegistrationRules.Tally(rs.getInt("same_person"), rs.getInt("of_organisation"),
					rs.getInt("confirmed")))
			.single();
	}

	/** A new registration row; returns its id. */
	long insert(long meetingId, Long seriesId, String token, Registrant person, String organisationName,
			String organisationKey, Long organisationId, boolean consent, String registeredBy,
			RegistrationStatus status) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into meeting_registration (meeting_id, series_id, token, name, email, organisation_name,
				  organisation_key, organisation_id, diet, consent, registered_by, status, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(meetingId, seriesId, token, person.name(), person.email(), organisationName, organisationKey,
					organisationId, blank(person.diet()), consent, registeredBy, status.name(),
					OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<Registration> byToken(String token) {
		return jdbc.sql("select * from meeting_registration where token = ? order by meeting_id")
			.param(token)
			.query(RegistrationQueries::map)
			.list();
	}

	/** Cancels one registration if it is still active; returns the rows changed (0 or 1). */
	int cancel(long registrationId) {
		return jdbc.sql("""
				update meeting_registration set status = 'CANCELLED', cancelled_at = ?
				where id = ? and status in %s""".formatted(ACTIVE))
			.params(OffsetDateTime.now(ZoneOffset.UTC), registrationId)
			.update();
	}

	/** The oldest wait-listed registration of the meeting. */
	Optional<Registration> firstWaitlisted(long meetingId) {
		return jdbc.sql("select * from meeting_registration where meeting_id = ? and status = 'WAITLISTED' order by id")
			.param(meetingId)
			.query(RegistrationQueries::map)
			.list()
			.stream()
			.findFirst();
	}

	void confirm(long registrationId) {
		jdbc.sql("update meeting_registration set status = 'CONFIRMED' where id = ?").param(registrationId).update();
	}

	/** The confirmed and wait-listed registrations of a meeting, oldest first. */
	List<Registration> active(long meetingId) {
		return jdbc.sql("select * from meeting_registration where meeting_id = ? and status in %s order by id"
				.formatted(ACTIVE))
			.param(meetingId)
			.query(RegistrationQueries::map)
			.list();
	}

	/** All registrations of a meeting by organisation, confirmed before wait-listed before the rest. */
	List<Registration> participants(long meetingId) {
		return jdbc.sql("""
				select * from meeting_registration where meeting_id = ?
				order by organisation_name, case status when 'CONFIRMED' then 0 when 'WAITLISTED' then 1 else 2 end, id""")
			.param(meetingId)
			.query(RegistrationQueries::map)
			.list();
	}

	int setAttended(long meetingId, long registrationId, boolean attended) {
		return jdbc.sql("update meeting_registration set attended = ? where id = ? and meeting_id = ?")
			.params(attended, registrationId, meetingId)
			.update();
	}

	List<Registration> ofEmail(String email) {
		return jdbc.sql("select * from meeting_registration where lower(email) = lower(?) order by id")
			.param(email)
			.query(RegistrationQueries::map)
			.list();
	}

	private static final String ANONYMISE = """
			update meeting_registration set name = '-', email = concat('anonymised-', id, '@invalid'), diet = null,
			  registered_by = null, anonymised = true
			""";

	/** Anonymises the registrations of meetings held before the date; returns how many. */
	int anonymiseOfMeetingsBefore(LocalDate date) {
		return jdbc.sql(ANONYMISE
				+ "where anonymised = false and meeting_id in (select m.id from meeting m where m.meeting_date < ?)")
			.param(date)
			.update();
	}

	/** Anonymises every registration with the e-mail address (ignoring case); returns how many. */
	int anonymiseOfEmail(String email) {
		return jdbc.sql(ANONYMISE + "where lower(email) = lower(?)").param(email).update();
	}

	static Registration map(ResultSet rs, int row) throws SQLException {
		long series = rs.getLong("series_id");
		Long seriesId = rs.wasNull() ? null : series;
		long organisation = rs.getLong("organisation_id");
		Long organisationId = rs.wasNull() ? null : organisation;
		return new Registration(rs.getLong("id"), rs.getLong("meeting_id"), seriesId, rs.getString("token"),
				rs.getString("name"), rs.getString("email"), rs.getString("organisation_name"), organisationId,
				rs.getString("diet"), RegistrationStatus.valueOf(rs.getString("status")), rs.getBoolean("attended"),
				rs.getBoolean("anonymised"), rs.getObject("created_at", OffsetDateTime.class));
	}

}
