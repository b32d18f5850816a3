package se.regionrum.dialogue.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V36 gives surveys that existed before it an unguessable public key, on the database the tests
 * run on (H2 or PostgreSQL), in a schema of its own: migrated to V35, given two surveys, migrated on.
 */
@SpringBootTest
class SurveyKeyMigrationTest {

	static final String SCHEMA = "v36_survey_keys";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private Flyway flyway(String target) {
		return Flyway.configure()
			.dataSource(dataSource)
			.schemas(SCHEMA)
			.createSchemas(true)
			.locations("classpath:db/migration")
			.target(target)
			.load();
	}

	@AfterEach
	void dropSchema() {
		jdbc.sql("drop schema if exists \"" + SCHEMA + "\" cascade").update();
	}

	@Test
	void existingSurveysGetDistinctUnguessableKeys() {
		flyway("35").migrate();
		String q = "\"" + SCHEMA + "\".";
		jdbc.sql("insert into " + q + "meeting_series (kind, title, created_at, updated_at) "
				+ "values ('SEMINAR_SERIES', 'Serie', current_timestamp, current_timestamp)").update();
		long series = jdbc.sql("select max(id) from " + q + "meeting_series").query(Long.class).single();
		for (String title : List.of("Första", "Andra")) {
			jdbc.sql("insert into " + q + "survey (series_id, title, open, created_at) values (?, ?, true, current_timestamp)")
				.params(series, title)
				.update();
		}

		flyway("latest").migrate();

		List<String> keys = jdbc.sql("select public_key from " + q + "survey order by id").query(String.class).list();
		assertThat(keys).hasSize(2).doesNotHaveDuplicates().allMatch(k -> k.matches("[A-Za-z0-9_-]{22}"));
	}

}
