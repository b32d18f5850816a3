package se.regionrum.followup.method;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Names of the module's programmes, for the links of a method: a read model over the programme table. */
@Repository
class ProgrammeNameQueries {

	private final JdbcClient jdbc;

	ProgrammeNameQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record ProgrammeName(long id, String name) {

		public String path() {
			return "/programmes/" + id;
		}

	}

	/** Every programme by name. */
	List<ProgrammeName> all() {
		return jdbc.sql("select id, name from programme order by name, id")
			.query((rs, n) -> new ProgrammeName(rs.getLong(1), rs.getString(2)))
			.list();
	}

	Optional<ProgrammeName> find(long id, boolean publishedOnly) {
		String visible = publishedOnly ? " and published = true" : "";
		return jdbc.sql("select id, name from programme where id = ?" + visible)
			.param(id)
			.query((rs, n) -> new ProgrammeName(rs.getLong(1), rs.getString(2)))
			.optional();
	}

}
