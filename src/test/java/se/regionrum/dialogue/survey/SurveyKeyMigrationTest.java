package se.regionrum.dialogue.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.platform.MigrationSchema;

/**
 * V36 gives surveys that existed before it an unguessable public key, on the database the tests
 * run on (H2 or PostgreSQL), in a schema of its own: migrated to V35, given two surveys, migrated on.
 */
@SpringBootTest
class SurveyKeyMigrationTest {

	static final String SCHEMA = "v36_survey_keys";

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	final MigrationSchema schema = new MigrationSchema(SCHEMA);

	@Test
	void existingSurveysGetDistinctUnguessableKeys() {
		schema.migrateTo("35");
		String q = schema.prefix();
		jdbc.sql("insert into " + q + "meeting_series (kind, title, created_at, updated_at) "
				+ "values ('SEMINAR_SERIES', 'Serie', current_timestamp, current_timestamp)").update();
		long series = jdbc.sql("select max(id) from " + q + "meeting_series").query(Long.class).single();
		for (String title : List.of("Första", "Andra")) {
			jdbc.sql("insert into " + q + "survey (series_id, title, open, created_at) values (?, ?, true, current_timestamp)")
				.params(series, title)
				.update();
		}

		schema.migrateTo("latest");

		List<String> keys = jdbc.sql("select public_key from " + q + "survey order by id").query(String.class).list();
		assertThat(keys).hasSize(2).doesNotHaveDuplicates().allMatch(k -> k.matches("[A-Za-z0-9_-]{22}"));
	}

}
