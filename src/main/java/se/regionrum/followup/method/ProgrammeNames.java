package se.regionrum.followup.method;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.regionrum.platform.Permissions;

/** Names of the module's programmes, for the links of a method: a read model over the programme table. */
@Component
class ProgrammeNames {

	private final JdbcClient jdbc;

	private final Permissions permissions;

	ProgrammeNames(JdbcClient jdbc, Permissions permissions) {
		this.jdbc = jdbc;
		this.permissions = permissions;
	}

	record ProgrammeName(long id, String name) {

		public String path() {
			return "/programmes/" + id;
		}

	}

	/** Every programme by name, for signed-in users (who choose links). */
	List<ProgrammeName> choosable() {
		if (!permissions.isSignedIn()) {
			return List.of();
		}
		return jdbc.sql("select id, name from programme order by name, id")
			.query((rs, n) -> new ProgrammeName(rs.getLong(1), rs.getString(2)))
			.list();
	}

	Optional<ProgrammeName> find(long id) {
		String visible = permissions.isSignedIn() ? "" : " and published = true";
		return jdbc.sql("select id, name from programme where id = ?" + visible)
			.param(id)
			.query((rs, n) -> new ProgrammeName(rs.getLong(1), rs.getString(2)))
			.optional();
	}

}
