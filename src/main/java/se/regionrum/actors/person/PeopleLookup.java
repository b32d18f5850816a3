package se.regionrum.actors.person;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.regionrum.actors.People;
import se.regionrum.platform.Permissions;

@Component
class PeopleLookup implements People {

	private static final String SELECT = "select id, first_name, last_name, organisation_id from person"
			+ " where erased_at is null";

	private final JdbcClient jdbc;

	private final Permissions permissions;

	PeopleLookup(JdbcClient jdbc, Permissions permissions) {
		this.jdbc = jdbc;
		this.permissions = permissions;
	}

	@Override
	public Map<Long, PersonName> names(Collection<Long> personIds) {
		Map<Long, PersonName> names = new LinkedHashMap<>();
		if (personIds.isEmpty() || !permissions.isSignedIn()) {
			return names;
		}
		jdbc.sql(SELECT + " and id in (:ids) order by last_name, first_name")
			.param("ids", personIds)
			.query(PeopleLookup::row)
			.list()
			.forEach(p -> names.put(p.id(), p));
		return names;
	}

	@Override
	public List<PersonName> choosable() {
		if (!permissions.isSignedIn()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " order by last_name, first_name").query(PeopleLookup::row).list();
	}

	@Override
	public java.util.Optional<Contact> contact(long personId) {
		if (!permissions.isSignedIn()) {
			return java.util.Optional.empty();
		}
		return jdbc.sql("select id, first_name, last_name, title, email, phone, organisation_id from person"
				+ " where erased_at is null and id = ?")
			.param(personId)
			.query((rs, n) -> {
				long organisation = rs.getLong("organisation_id");
				return new Contact(rs.getLong("id"), rs.getString("first_name") + " " + rs.getString("last_name"),
						rs.getString("title"), rs.getString("email"), rs.getString("phone"),
						rs.wasNull() ? null : organisation);
			})
			.optional();
	}

	private static PersonName row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long organisation = rs.getLong("organisation_id");
		return new PersonName(rs.getLong("id"), rs.getString("first_name") + " " + rs.getString("last_name"),
				rs.wasNull() ? null : organisation);
	}

}
