package se.regionrum.analysis.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.analysis.network.TravelMode;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.ImportJobQueries;
import se.regionrum.platform.ImportProblem;
import tools.jackson.databind.json.JsonMapper;

/** The import jobs and the problems of rejected files. */
@Repository
class AnalysisImportQueries {

	/**
	 * What a job's row keeps for reading its upload again on any server.
	 *
	 * @param workDir the job's directory, relative to the upload directory
	 * @param files the files in it, {@code <form field>/<name>}
	 */
	record StoredUpload(ImportKind kind, String name, String source, int cellSize, TravelMode mode, String workDir,
			List<String> files) {
	}

	private final JdbcClient jdbc;

	private final ImportJobQueries table;

	AnalysisImportQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.table = new ImportJobQueries(jdbc, json, "analysis_import", Integer.MAX_VALUE);
	}

	/** Inserts a queued job in the caller's transaction, the one that queues its task. */
	long insert(ImportKind kind, String name, String source, String fileNames, long fileBytes, Integer cellSize,
			TravelMode mode, String workDir, List<String> uploadFiles, CurrentUser startedBy, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into analysis_import (kind, name, source, file_names, file_bytes, cell_size, travel_mode, status,
				    progress, elements_read, problem_count, work_dir, upload_files, started_by, started_as, created_at,
				    updated_at)
				values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, 0, 0, ?, ?, ?, ?, ?, ?)""")
			.params(kind.name(), name, source, fileNames, fileBytes, cellSize, mode == null ? null : mode.name(), workDir, String.join("\n", uploadFiles),
					startedBy.username(), table.userText(startedBy), Timestamp.from(at), Timestamp.from(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<ImportJob> find(long id) {
		return jdbc.sql("select * from analysis_import where id = ?").param(id).query(this::job).optional();
	}

	List<ImportJob> list(int limit) {
		return jdbc.sql("select * from analysis_import order by created_at desc, id desc limit ?").param(limit)
			.query(this::job)
			.list();
	}

	/** What a try of the job reads: the form's choices and where its files are. */
	Optional<StoredUpload> upload(long id) {
		return jdbc.sql("select kind, name, source, cell_size, travel_mode, work_dir, upload_files from analysis_import where id = ?")
			.param(id)
			.query((rs, n) -> {
				int size = rs.getInt("cell_size");
				int cellSize = rs.wasNull() ? ImportService.DEFAULT_CELL_SIZE : size;
				String files = rs.getString("upload_files");
				return new StoredUpload(ImportKind.valueOf(rs.getString("kind")), rs.getString("name"),
						rs.getString("source"), cellSize, mode(rs),
						rs.getString("work_dir"), files == null || files.isEmpty() ? List.of() : List.of(files.split("\n")));
			})
			.optional();
	}

	/** What the module's job table shares with every import's, for {@link se.regionrum.platform.ImportTries}. */
	ImportJobQueries jobs() {
		return table;
	}

	void saveProgress(long id, int percent, long elementsRead) {
		jdbc.sql("update analysis_import set progress = ?, elements_read = ?, updated_at = ? where id = ?")
			.params(percent, elementsRead, Timestamp.from(Instant.now()), id)
			.update();
	}

	/**
	 * Marks the job done with its data set, in the transaction that saved the data set, unless a later
	 * try has taken the job over meanwhile (then the caller rolls back, so that one data set is made).
	 */
	boolean markDone(long id, int attempt, long datasetId) {
		Timestamp now = Timestamp.from(Instant.now());
		return jdbc.sql("update analysis_import set status = 'DONE', progress = 100, dataset_id = ?, finished_at = ?, "
				+ "updated_at = ? where id = ? and attempts = ? and status = 'RUNNING'")
			.params(datasetId, now, now, id, attempt)
			.update() == 1;
	}

	/** @return false when a later try has taken the job over meanwhile */
	@Transactional
	boolean markRejected(long id, int attempt, List<ImportProblem> problems) {
		Timestamp now = Timestamp.from(Instant.now());
		int updated = jdbc.sql("update analysis_import set status = 'REJECTED', problem_count = ?, finished_at = ?, "
				+ "updated_at = ? where id = ? and attempts = ? and status = 'RUNNING'")
			.params(problems.size(), now, now, id, attempt)
			.update();
		if (updated == 1) {
			table.insertProblems(id, problems);
		}
		return updated == 1;
	}

	/** What a user should know about a file that was imported all the same, kept with the job as its problems are. */
	void insertWarnings(long id, List<ImportProblem> warnings) {
		table.insertProblems(id, warnings);
	}

	/** @see ImportJobQueries#markFailed */
	boolean markFailed(long id, int attempt, String messageKey, String detail) {
		return table.markFailed(id, attempt, messageKey, detail);
	}

	List<ImportProblem> problems(long id) {
		return table.problems(id);
	}

	private ImportJob job(ResultSet rs, int row) throws SQLException {
		long dataset = rs.getLong("dataset_id");
		Long datasetId = rs.wasNull() ? null : dataset;
		int size = rs.getInt("cell_size");
		Integer cellSize = rs.wasNull() ? null : size;
		return new ImportJob(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("source"), rs.getString("file_names"), rs.getLong("file_bytes"), cellSize,
				ImportStatus.valueOf(rs.getString("status")), rs.getInt("progress"), rs.getLong("elements_read"),
				rs.getString("message_key"), rs.getString("message_detail"), rs.getInt("problem_count"), datasetId,
				rs.getString("started_by"), instant(rs, "created_at"), instant(rs, "started_at"),
				instant(rs, "finished_at"), mode(rs));
	}

	private static TravelMode mode(ResultSet rs) throws SQLException {
		String mode = rs.getString("travel_mode");
		return mode == null ? null : TravelMode.valueOf(mode);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
