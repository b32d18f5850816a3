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
 * V37 turns surveys made with the text mini-language into builder surveys, on the database the
 * tests run on (H2 or PostgreSQL), in a schema of its own: open surveys become PUBLISHED and closed
 * ones CLOSED, TEXT/SCALE/CHOICE become FREE_TEXT/SCALE 1–5/SINGLE_CHOICE, and answers stay.
 */
@SpringBootTest
class SurveyBuilderMigrationTest {

	static final String SCHEMA = "v37_survey_builder";

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	final MigrationSchema schema = new MigrationSchema(SCHEMA);

	@Test
	void existingSurveysKeepTheirQuestionsAndAnswers() {
		schema.migrateTo("36");
		String q = schema.prefix();
		jdbc.sql("insert into " + q + "meeting_series (kind, title, created_at, updated_at) "
				+ "values ('SEMINAR_SERIES', 'Serie', current_timestamp, current_timestamp)").update();
		long series = jdbc.sql("select max(id) from " + q + "meeting_series").query(Long.class).single();
		for (String[] s : new String[][] { { "Öppen", "true", "aaaaaaaaaaaaaaaaaaaaaa" }, { "Stängd", "false", "bbbbbbbbbbbbbbbbbbbbbb" } }) {
			jdbc.sql("insert into " + q + "survey (series_id, title, open, created_at, public_key) values (?, ?, ?, current_timestamp, ?)")
				.params(series, s[0], Boolean.parseBoolean(s[1]), s[2])
				.update();
		}
		long open = jdbc.sql("select id from " + q + "survey where title = 'Öppen'").query(Long.class).single();
		int position = 1;
		for (String[] question : new String[][] { { "TEXT", "Vad?" }, { "SCALE", "Hur nöjd?" }, { "CHOICE", "Vilken?" } }) {
			jdbc.sql("insert into " + q + "survey_question (survey_id, position, kind, text, options) values (?, ?, ?, ?, ?)")
				.params(open, position++, question[0], question[1], question[0].equals("CHOICE") ? "Ja\nNej" : null)
				.update();
		}
		jdbc.sql("insert into " + q + "survey_response (survey_id, created_at, participant) values (?, current_timestamp, 'p1')")
			.param(open)
			.update();
		long response = jdbc.sql("select max(id) from " + q + "survey_response").query(Long.class).single();
		long scale = jdbc.sql("select id from " + q + "survey_question where kind = 'SCALE'").query(Long.class).single();
		jdbc.sql("insert into " + q + "survey_answer (response_id, question_id, answer_text, normalised) values (?, ?, '4', '4')")
			.params(response, scale)
			.update();

		schema.migrateTo("37");

		assertThat(jdbc.sql("select status from " + q + "survey order by id").query(String.class).list())
			.containsExactly("PUBLISHED", "CLOSED");
		assertThat(jdbc.sql("select kind, required, scale_min, scale_max from " + q + "survey_question order by position")
			.query((rs, n) -> rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getObject(3) + "–" + rs.getObject(4))
			.list())
			.isEqualTo(List.of("FREE_TEXT false null–null", "SCALE false 1–5", "SINGLE_CHOICE false null–null"));
		assertThat(jdbc.sql("select answer_text from " + q + "survey_answer").query(String.class).list()).containsExactly("4");
	}

}
