package se.regionrum.actors;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows the actors tests need, written straight to the tables (no audit, no permission checks),
 * with unique names so that tests never collide with data already in the database.
 */
public final class ActorsFixtures {

	private ActorsFixtures() {
	}

	public static long organisation(JdbcClient jdbc, String name) {
		String unique = name + " " + UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("insert into organisation (name, kind, created_at, updated_at) values (?, 'MUNICIPALITY', ?, ?)")
			.params(unique, now, now)
			.update();
		return jdbc.sql("select id from organisation where name = ?").param(unique).query(Long.class).single();
	}

	public static long person(JdbcClient jdbc, Long organisationId, String firstName, String lastName) {
		String email = UUID.randomUUID() + "@example.org";
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into person (first_name, last_name, email, organisation_id, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(firstName, lastName, email, organisationId, now, now)
			.update();
		return jdbc.sql("select id from person where email = ?").param(email).query(Long.class).single();
	}

	public static long workingGroup(JdbcClient jdbc, long ownerOrganisationId, String name) {
		String unique = name + " " + UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into working_group (name, kind, owner_organisation_id, created_at, updated_at)
				values (?, 'WORKING_GROUP', ?, ?, ?)""")
			.params(unique, ownerOrganisationId, now, now)
			.update();
		return jdbc.sql("select id from working_group where name = ?").param(unique).query(Long.class).single();
	}

	public static void member(JdbcClient jdbc, long groupId, long organisationId, Long personId, String role) {
		jdbc.sql("insert into working_group_member (working_group_id, organisation_id, person_id, role) values (?, ?, ?, ?)")
			.params(groupId, organisationId, personId, role)
			.update();
	}

}
