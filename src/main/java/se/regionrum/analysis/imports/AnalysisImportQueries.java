package se.regionrum.analysis.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.ImportJobQueries;
import se.regionrum.platform.ImportProblem;
import tools.jackson.databind.json.JsonMapper;

/** The import jobs and the problems of rejected files. */
@Repository
class AnalysisImportQueries {

	private final JdbcClient jdbc;

	private final ImportJobQueries table;

	AnalysisImportQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.table = new ImportJobQueries(jdbc, json, "analysis_import", Integer.MAX_VALUE);
	}

	long insert(ImportKind kind, String name, String source, String fileNames, long fileBytes, Integer cellSize,
			String workDir, String startedBy, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into analysis_import (kind, name, source, file_names, file_bytes, cell_size, status, progress,
				    elements_read, problem_count, work_dir, started_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, 'QUEUED', 0, 0, 0, ?, ?, ?, ?)""")
			.params(kind.name(), name, source, fileNames, fileBytes, cellSize, workDir, startedBy, Timestamp.from(at),
					Timestamp.from(at))
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

	Optional<String> workDir(long id) {
		return jdbc.sql("select work_dir from analysis_import where id = ?").param(id).query(String.class).optional();
	}

	void markStarted(long id) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("update analysis_import set status = 'RUNNING', progress = 5, started_at = ?, updated_at = ? where id = ?")
			.params(now, now, id)
			.update();
	}

	void saveProgress(long id, int percent, long elementsRead) {
		jdbc.sql("update analysis_import set progress = ?, elements_read = ?, updated_at = ? where id = ?")
			.params(percent, elementsRead, Timestamp.from(Instant.now()), id)
			.update();
	}

	void markDone(long id, long datasetId) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("update analysis_import set status = 'DONE', progress = 100, dataset_id = ?, finished_at = ?, "
				+ "updated_at = ?, work_dir = null where id = ?")
			.params(datasetId, now, now, id)
			.update();
	}

	@Transactional
	void markRejected(long id, List<ImportProblem> problems) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("update analysis_import set status = 'REJECTED', problem_count = ?, finished_at = ?, updated_at = ?, "
				+ "work_dir = null where id = ?")
			.params(problems.size(), now, now, id)
			.update();
		table.insertProblems(id, problems);
	}

	/** What a user should know about a file that was imported all the same, kept with the job as its problems are. */
	@Transactional
	void insertWarnings(long id, List<ImportProblem> warnings) {
		table.insertProblems(id, warnings);
	}

	void markFailed(long id, String messageKey, String detail) {
		table.markFailed(id, messageKey, detail);
	}

	/**
	 * Fails every queued or running job except those given (still queued in this server) and
	 * returns the work directories of those it failed, for deleting.
	 */
	@Transactional
	List<String> failInterrupted(Set<Long> except) {
		return table.failInterrupted(except, "analysis.import.failed.interrupted");
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
				instant(rs, "finished_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
