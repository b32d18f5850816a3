package se.regionrum.analysis.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Jobs a stopped server left queued or running fail when a server starts, however recently touched. */
@SpringBootTest
class ImportRestartTest {

	@Autowired
	AnalysisImportQueries store;

	@Autowired
	ImportExecutor executor;

	@Test
	void jobsLeftActiveFailAtStartupAndTheirFilesAreDeleted() throws Exception {
		Path dir = Files.createTempDirectory("regionrum-import-test-");
		Files.writeString(dir.resolve("rutor.csv"), "x;y;pop\n");
		long queued = store.insert(ImportKind.GRID, "Köad", "test", "rutor.csv", 8, 250, dir.toString(), "test",
				Instant.now());
		long running = store.insert(ImportKind.GRID, "Läses", "test", "rutor.csv", 8, 250, null, "test", Instant.now());
		store.markStarted(running);

		executor.failInterruptedImports();

		for (long id : new long[] { queued, running }) {
			ImportJob job = store.find(id).orElseThrow();
			assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
			assertThat(job.messageKey()).isEqualTo("analysis.import.failed.interrupted");
		}
		assertThat(dir).doesNotExist();
	}

}
