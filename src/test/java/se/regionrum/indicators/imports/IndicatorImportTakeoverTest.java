package se.regionrum.indicators.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.indicators.IndicatorsFixtures;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.Role;
import se.regionrum.platform.Uploads;

/**
 * An indicator import whose server died mid-import is read again from its stored upload by the
 * next try, which saves every value once, and whose files are deleted once the job has ended.
 */
@SpringBootTest
class IndicatorImportTakeoverTest {

	static final CurrentUser ADMIN = new CurrentUser(900_011, "test-import-admin", "Test Administratör", Role.ADMIN,
			null);

	@Autowired
	IndicatorImportQueries store;

	@Autowired
	IndicatorImportExecutor executor;

	@Autowired
	Uploads uploads;

	@Autowired
	JdbcClient jdbc;

	long lastIndicatorBefore;

	@BeforeEach
	void remember() {
		lastIndicatorBefore = IndicatorsFixtures.lastIndicator(jdbc);
	}

	@AfterEach
	void removeImported() {
		IndicatorsFixtures.removeIndicatorsAndImports(jdbc, lastIndicatorBefore);
	}

	/** Two Kolada pages and their KPI metadata queued as if through the page, but not handed to the scheduler. */
	long storedKoladaJob() throws Exception {
		String dir = uploads.create("indicator-import");
		List<String> files = new ArrayList<>();
		files.add(copy(dir, IndicatorImportExecutor.KPIS, "kpi-N91951-N90914.json"));
		files.add(copy(dir, "f1", "N91951-page1.json"));
		files.add(copy(dir, "f2", "N91951-page2.json"));
		return store.insert(IndicatorImportKind.KOLADA, "N91951-page1.json, N91951-page2.json", 1, "",
				new IndicatorImportQueries.StoredUpload(IndicatorImportKind.KOLADA, dir, files, null, null, null, null, null),
				ADMIN, Instant.now());
	}

	String copy(String dir, String subDirectory, String name) throws Exception {
		Path target = uploads.resolve(dir + "/" + subDirectory + "/" + name);
		Files.createDirectory(target.getParent());
		try (InputStream in = getClass().getResourceAsStream("/indicators/kolada/" + name)) {
			Files.copy(in, target);
		}
		return subDirectory + "/" + name;
	}

	@Test
	void theNextTryReadsTheStoredUploadAgainAndSavesEveryValueOnce() throws Exception {
		long id = storedKoladaJob();
		Path dir = uploads.resolve(store.upload(id).orElseThrow().workDir());
		// the first try: its server claimed the job, counted the try and died mid-read
		jdbc.sql("update indicator_import set status = 'RUNNING', attempts = 1 where id = ?").param(id).update();
		store.saveProgress(id, 60, 7);

		executor.execute(id, () -> false);
		// a stale duplicate of the job (its scheduler row revived once more) finds it ended
		executor.execute(id, () -> false);

		IndicatorImportJob job = store.find(id).orElseThrow();
		assertThat(job.status()).as("%s %s", job.messageKey(), job.messageDetail())
			.isEqualTo(IndicatorImportJob.Status.DONE);
		assertThat(job.valuesRead()).isEqualTo(13);
		assertThat(job.indicatorsCreated()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from indicator_value where indicator_id > ?").param(lastIndicatorBefore)
			.query(Long.class).single()).isEqualTo(13);
		assertThat(jdbc.sql("select attempts from indicator_import where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(2);
		assertThat(dir).doesNotExist();
	}

	@Test
	void aJobOfADisabledAccountFailsWithTheReason() throws Exception {
		jdbc.sql("""
				insert into user_account (username, display_name, password_hash, role, enabled, must_change_password,
				    created_at, version)
				values ('test-import-admin', 'Avstängd', 'x', 'ADMIN', false, false, current_timestamp, 0)""").update();
		try {
			long id = storedKoladaJob();
			Path dir = uploads.resolve(store.upload(id).orElseThrow().workDir());

			executor.execute(id, () -> false);

			IndicatorImportJob job = store.find(id).orElseThrow();
			assertThat(job.status()).isEqualTo(IndicatorImportJob.Status.FAILED);
			assertThat(job.messageKey()).isEqualTo("indicatorimports.failed.user");
			assertThat(dir).doesNotExist();
		}
		finally {
			jdbc.sql("delete from user_account where username = 'test-import-admin'").update();
		}
	}

}
