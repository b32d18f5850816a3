package se.regionrum.analysis.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.Jobs;
import se.regionrum.platform.Role;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.Uploads;
import se.regionrum.platform.Waiting;

/**
 * An import whose server died mid-import is taken over: another server's try reads the stored
 * upload again from the start, saves one data set, and deletes the upload once the job has ended.
 */
@SpringBootTest
class ImportTakeoverTest {

	static final CurrentUser ANALYST = new CurrentUser(900_010, "test-import-analyst", "Test Analytiker", Role.ADMIN,
			null);

	@Autowired
	AnalysisImportQueries store;

	@Autowired
	ImportExecutor executor;

	@Autowired
	Uploads uploads;

	@Autowired
	Jobs jobs;

	@Autowired
	DataSetService data;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImported() {
		AnalysisFixtures.removeImportedDataSets(jdbc);
	}

	/** A points upload queued as if through the page, but not handed to the scheduler. */
	long storedJob(String name) throws Exception {
		String dir = uploads.create("analysis-import");
		Path file = uploads.resolve(dir + "/file/punkter.csv");
		Files.createDirectory(file.getParent());
		Files.writeString(file, "type,name,lon,lat\ngrocery_full,Affär,15.63,60.60\n", StandardCharsets.UTF_8);
		return store.insert(ImportKind.POINTS, name, "test", "punkter.csv", Files.size(file), null, null, dir,
				List.of("file/punkter.csv"), ANALYST, Instant.now());
	}

	Path dirOf(long id) {
		return uploads.resolve(store.upload(id).orElseThrow().workDir());
	}

	long pointSetsNamed(String name) {
		return SystemUser.call(() -> data.pointSets()).stream().filter(p -> p.name().equals(name)).count();
	}

	@Test
	void anImportWhoseServerVanishedIsRevivedByAnotherServerAndReadFromItsStoredUpload() throws Exception {
		long id = storedJob("Övertagen import");
		Path dir = dirOf(id);
		// the first try: its server claimed the job, counted the try and died without a trace
		triesStarted(id, 1);
		store.saveProgress(id, ImportExecutor.SAVING, 0);
		Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
		jdbc.sql("""
				insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, last_heartbeat,
				    version)
				values ('analysis-import', ?, ?, true, 'a-server-that-vanished', ?, 1)""")
			.params(Long.toString(id), longAgo, longAgo)
			.update();

		ImportJob job = Waiting.until(() -> store.find(id).orElseThrow(), j -> !j.active());

		assertThat(job.status()).as("%s %s", job.messageKey(), job.messageDetail()).isEqualTo(ImportStatus.DONE);
		assertThat(jdbc.sql("select attempts from analysis_import where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(2);
		assertThat(pointSetsNamed("Övertagen import")).isEqualTo(1);
		assertThat(Waiting.until(() -> Files.exists(dir), exists -> !exists)).as("upload directory deleted").isFalse();
		assertThat(Waiting.until(() -> scheduled(id), n -> n == 0)).as("the job's scheduler row is removed").isZero();
	}

	@Test
	void aTryOfAJobThatHasEndedOnlyDeletesItsFiles() throws Exception {
		long id = storedJob("Två gånger");
		Path dir = dirOf(id);
		triesStarted(id, 1);

		executor.execute(id, () -> false);
		executor.execute(id, () -> false);

		ImportJob job = store.find(id).orElseThrow();
		assertThat(job.status()).as("%s %s", job.messageKey(), job.messageDetail()).isEqualTo(ImportStatus.DONE);
		assertThat(pointSetsNamed("Två gånger")).isEqualTo(1);
		assertThat(dir).doesNotExist();
	}

	@Test
	void anImportStartedMoreThanMaxTriesFailsWithTheReasonAndItsFilesAreDeleted() throws Exception {
		long id = storedJob("För många försök");
		Path dir = dirOf(id);
		triesStarted(id, jobs.maxTries());

		executor.execute(id, () -> false);

		ImportJob job = store.find(id).orElseThrow();
		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.messageKey()).isEqualTo("analysis.import.failed.tries");
		assertThat(pointSetsNamed("För många försök")).isZero();
		assertThat(dir).doesNotExist();
	}

	/** As if that many servers had claimed the job, counted their try and died. */
	void triesStarted(long id, int tries) {
		jdbc.sql("update analysis_import set status = 'RUNNING', attempts = ? where id = ?").params(tries, id).update();
	}

	long scheduled(long id) {
		return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'analysis-import' and task_instance = ?")
			.param(Long.toString(id))
			.query(Long.class)
			.single();
	}

}
