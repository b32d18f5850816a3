package se.regionrum.platform;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A schema of its own on the test database (H2 or PostgreSQL) for testing a migration that changes
 * data: migrate to the version before it, insert rows as they were then, migrate on, and look.
 * Registered on a Spring test with {@code @RegisterExtension}; the schema is dropped after each test.
 */
public final class MigrationSchema implements BeforeEachCallback, AfterEachCallback {

	private final String name;

	private DataSource dataSource;

	private JdbcClient jdbc;

	public MigrationSchema(String name) {
		this.name = name;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		this.dataSource = application.getBean(DataSource.class);
		this.jdbc = application.getBean(JdbcClient.class);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		drop();
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
