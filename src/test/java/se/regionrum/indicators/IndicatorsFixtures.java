package se.regionrum.indicators;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.indicators.imports.IndicatorImportJob;
import se.regionrum.indicators.imports.IndicatorImportService;
import se.regionrum.platform.SystemUser;

/** Test data for the indicators module: import jobs waited for, and the indicators and imports a test made removed. */
public final class IndicatorsFixtures {

	private IndicatorsFixtures() {
	}

	/** The job once it is no longer queued or running, or as it is after a minute. */
	public static IndicatorImportJob awaitImport(IndicatorImportService imports, long id) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		IndicatorImportJob job = SystemUser.call(() -> imports.get(id));
		while (job.active() && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			job = SystemUser.call(() -> imports.get(id));
		}
		return job;
	}

	/** The highest indicator id now: what a test adds comes after it. */
	public static long lastIndicator(JdbcClient jdbc) {
		return jdbc.sql("select coalesce(max(id), 0) from indicator").query(Long.class).single();
	}

	/** Removes the indicators after the given id with their values, and every import job. */
	public static void removeIndicatorsAndImports(JdbcClient jdbc, long lastIndicatorBefore) {
		jdbc.sql("delete from indicator_value where indicator_id > ?").param(lastIndicatorBefore).update();
		jdbc.sql("delete from indicator where id > ?").param(lastIndicatorBefore).update();
		jdbc.sql("delete from indicator_import_problem").update();
		jdbc.sql("delete from indicator_import").update();
	}

}
