package se.regionrum.indicators.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.platform.MigrationSchema;

/**
 * V76 fails, once, the indicator imports that a server of the earlier version left open (they lived
 * in its memory only), and leaves ended ones as they were: migrated to V75, given jobs, migrated on.
 */
@SpringBootTest
class IndicatorImportJobsMigrationTest {

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	final MigrationSchema schema = new MigrationSchema("v76_indicator_import_jobs");

	@Test
	void openImportsFromBeforeFailAndEndedOnesStay() {
		schema.migrateTo("75");
		String q = schema.prefix();
		for (String status : List.of("QUEUED", "RUNNING", "REJECTED")) {
			jdbc.sql("insert into " + q + "indicator_import (kind, file_names, file_bytes, options, status, progress, "
					+ "values_read, problem_count, work_dir, started_by, created_at, updated_at) "
					+ "values ('KOLADA', 'sida.json', 1, ?, ?, 0, 0, 0, '/tmp/regionrum-indicator-import-1', 'admin', "
					+ "current_timestamp, current_timestamp)")
				.params(status, status)
				.update();
		}

		schema.migrateTo("latest");

		List<String> outcome = jdbc.sql("select options || ' ' || status || ' ' || coalesce(message_key, '-') || ' ' "
				+ "|| attempts from " + q + "indicator_import order by id").query(String.class).list();
		assertThat(outcome).containsExactly("QUEUED FAILED indicatorimports.failed.interrupted 0",
				"RUNNING FAILED indicatorimports.failed.interrupted 0", "REJECTED REJECTED - 0");
	}

}
