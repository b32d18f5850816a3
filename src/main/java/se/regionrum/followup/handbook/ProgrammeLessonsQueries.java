package se.regionrum.followup.handbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.platform.Permissions;

/**
 * The lessons learned of the module's programmes, for handbook chapters: a read model over the
 * programme tables. Anonymous callers see published programmes only.
 */
@Repository
class ProgrammeLessonsQueries {

	private final JdbcClient jdbc;

	private final Permissions permissions;

	ProgrammeLessonsQueries(JdbcClient jdbc, Permissions permissions) {
		this.jdbc = jdbc;
		this.permissions = permissions;
	}

	record ProgrammeOption(long id, String name) {
	}

	record ProgrammeLessons(long id, String name, LocalDate startDate, LocalDate endDate, List<String> lessons) {
	}

	/** Programmes to choose from, by name; signed-in users only. */
	List<ProgrammeOption> choosable() {
		if (!permissions.isSignedIn()) {
			return List.of();
		}
		return jdbc.sql("select id, name from programme order by name, id")
			.query((rs, n) -> new ProgrammeOption(rs.getLong(1), rs.getString(2)))
			.list();
	}

	Optional<ProgrammeLessons> find(long programmeId) {
		String visible = permissions.isSignedIn() ? "" : " and published = true";
		return jdbc.sql("select id, name, start_date, end_date from programme where id = ?" + visible)
			.param(programmeId)
			.query((rs, n) -> new ProgrammeLessons(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), lessons(rs.getLong(1))))
			.optional();
	}

	Optional<Long> findByName(String name) {
		return jdbc.sql("select id from programme where name = ? order by id").param(name).query(Long.class).list()
			.stream().findFirst();
	}

	private List<String> lessons(long programmeId) {
		return jdbc.sql("select text from programme_statement where programme_id = ? and kind = 'LESSON' order by position")
			.param(programmeId)
			.query(String.class)
			.list();
	}

}
