package se.regionrum.dialogue.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.platform.MigrationSchema;

/**
 * V36.1 turns every single poll into a one-question presentation with the poll's join code and
 * answers (a closed poll becomes a locked question), on the database the tests run on, in a schema
 * of its own: migrated to V36, given two polls, migrated on.
 */
@SpringBootTest
class PollMigrationTest {

	static final String SCHEMA = "v36_1_presentations";

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	final MigrationSchema schema = new MigrationSchema(SCHEMA);

	@Test
	void pollsBecomeOneQuestionPresentationsWithTheirCodesAndAnswers() {
		schema.migrateTo("36");
		String q = schema.prefix();
		jdbc.sql("insert into " + q + "meeting (kind, title, meeting_date, start_time, end_time, created_at, updated_at) "
				+ "values ('WORKSHOP', 'Regionala rummet', current_date, time '10:00:00', time '11:00:00', current_timestamp, current_timestamp)")
			.update();
		long meeting = jdbc.sql("select max(id) from " + q + "meeting").query(Long.class).single();
		jdbc.sql("insert into " + q + "poll (meeting_id, kind, question, options, join_code, status, results_hidden, created_at) "
				+ "values (?, 'WORD_CLOUD', 'Hur pratar de?', null, '17241676', 'OPEN', false, current_timestamp)")
			.param(meeting).update();
		jdbc.sql("insert into " + q + "poll (meeting_id, kind, question, options, join_code, status, results_hidden, created_at) "
				+ "values (?, 'SINGLE_CHOICE', 'Vilken roll?', 'Samordning\nKunskap', '22223333', 'CLOSED', true, current_timestamp)")
			.param(meeting).update();
		long cloud = jdbc.sql("select id from " + q + "poll where join_code = '17241676'").query(Long.class).single();
		for (String device : List.of("a", "b")) {
			jdbc.sql("insert into " + q + "poll_answer (poll_id, device, answer, normalised, removed, created_at) "
					+ "values (?, ?, 'Abstrakt', 'abstrakt', false, current_timestamp)")
				.params(cloud, device).update();
		}

		schema.migrateTo("36.1");

		List<Map<String, Object>> rows = jdbc.sql("select p.title, p.join_code, p.position, q.kind, q.options, q.locked, "
				+ "q.results_hidden, q.legacy_poll_id, (select count(*) from " + q + "presentation_answer a where a.question_id = q.id) as answers "
				+ "from " + q + "presentation p join " + q + "presentation_question q on q.presentation_id = p.id order by p.join_code")
			.query().listOfRows();
		assertThat(rows).hasSize(2);
		Map<String, Object> first = lower(rows.get(0));
		assertThat(first).containsEntry("title", "Hur pratar de?").containsEntry("join_code", "17241676")
			.containsEntry("kind", "WORD_CLOUD").containsEntry("locked", false);
		assertThat(((Number) first.get("answers")).intValue()).isEqualTo(2);
		assertThat(((Number) first.get("legacy_poll_id")).longValue()).isEqualTo(cloud);
		Map<String, Object> second = lower(rows.get(1));
		assertThat(second).containsEntry("join_code", "22223333").containsEntry("locked", true)
			.containsEntry("results_hidden", true).containsEntry("options", "Samordning\nKunskap");
		assertThat(jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = 'poll' "
				+ "and lower(table_schema) = ?").param(SCHEMA).query(Integer.class).single()).isZero();
	}

	/** H2 names columns in upper case, PostgreSQL in lower case. */
	private static Map<String, Object> lower(Map<String, Object> row) {
		Map<String, Object> out = new java.util.HashMap<>();
		row.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
		return out;
	}

}
