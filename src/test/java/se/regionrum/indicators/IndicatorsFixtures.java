package se.regionrum.indicators;


import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.indicators.imports.IndicatorImportJob;
import se.regionrum.indicators.imports.IndicatorImportService;
import se.regionrum.platform.Waiting;
import se.regionrum.platform.SystemUser;

/** Test data for the indicators module: import jobs waited for, and the indicators and imports a test made removed. */
public final class IndicatorsFixtures {

	private IndicatorsFixtures() {
	}

	/** The job once it is no longer queued or running, or as it is after a minute. */
	public static IndicatorImportJob awaitImport(IndicatorImportService imports, long id) {
		return Waiting.until(() -> SystemUser.call(() -> imports.get(id)), job -> !job.active());
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
