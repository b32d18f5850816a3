package se.regionrum.analysis.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.platform.MigrationSchema;

/**
 * V45 fails, once, the analysis imports that a server of the earlier version left open (they lived
 * in its memory only), and leaves ended ones as they were: migrated to V44, given jobs, migrated on.
 */
@SpringBootTest
class ImportJobsMigrationTest {

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	final MigrationSchema schema = new MigrationSchema("v45_analysis_import_jobs");

	@Test
	void openImportsFromBeforeFailAndEndedOnesStay() {
		schema.migrateTo("44");
		String q = schema.prefix();
		for (String status : List.of("QUEUED", "RUNNING", "DONE")) {
			jdbc.sql("insert into " + q + "analysis_import (kind, name, file_names, file_bytes, status, progress, "
					+ "elements_read, problem_count, work_dir, started_by, created_at, updated_at) "
					+ "values ('GRID', ?, 'rutor.csv', 1, ?, 0, 0, 0, '/tmp/regionrum-import-1', 'admin', "
					+ "current_timestamp, current_timestamp)")
				.params(status, status)
				.update();
		}

		schema.migrateTo("latest");

		List<String> outcome = jdbc.sql("select name || ' ' || status || ' ' || coalesce(message_key, '-') || ' ' || attempts "
				+ "from " + q + "analysis_import order by id").query(String.class).list();
		assertThat(outcome).containsExactly("QUEUED FAILED analysis.import.failed.interrupted 0",
				"RUNNING FAILED analysis.import.failed.interrupted 0", "DONE DONE - 0");
	}

}
