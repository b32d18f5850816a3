package se.regionrum.platform;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A schema of its own on the test database (H2 or PostgreSQL) for testing a migration that changes
 * data: migrate to the version before it, insert rows as they were then, migrate on, and look.
 */
public final class MigrationSchema {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final String name;

	public MigrationSchema(DataSource dataSource, JdbcClient jdbc, String name) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.name = name;
	}

	/** Migrates up to and including {@code target} ("36", "36.1" or "latest"). */
	public void migrateTo(String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(name)
			.createSchemas(true)
			.locations("classpath:db/migration")
			.target(target)
			.load()
			.migrate();
	}

	/** The quoted schema name and a dot, to put before a table name in SQL. */
	public String prefix() {
		return "\"" + name + "\".";
	}

	public void drop() {
		jdbc.sql("drop schema if exists \"" + name + "\" cascade").update();
	}

}
