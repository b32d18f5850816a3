package se.regionrum.analysis.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.ImportProblem;
import tools.jackson.databind.json.JsonMapper;

/** The import jobs and the problems of rejected files. */
@Repository
class AnalysisImportQueries {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AnalysisImportQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
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
		insertProblems(id, problems);
	}

	private void insertProblems(long id, List<ImportProblem> problems) {
		int seq = 0;
		for (ImportProblem p : problems) {
			jdbc.sql("insert into analysis_import_problem (import_id, seq, row_no, column_name, message_key, arguments) "
					+ "values (?, ?, ?, ?, ?, ?)")
				.params(id, seq++, p.row(), p.column(), p.messageKey(), json.writeValueAsString(arguments(p)))
				.update();
		}
	}

	/** What a user should know about a file that was imported all the same, kept with the job as its problems are. */
	@Transactional
	void insertWarnings(long id, List<ImportProblem> warnings) {
		insertProblems(id, warnings);
	}

	void markFailed(long id, String messageKey, String detail) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("update analysis_import set status = 'FAILED', message_key = ?, message_detail = ?, finished_at = ?, "
				+ "updated_at = ?, work_dir = null where id = ?")
			.params(messageKey, detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000)), now, now,
					id)
			.update();
	}

	/**
	 * Fails every queued or running job except those given (still queued in this server) and
	 * returns the work directories of those it failed, for deleting.
	 */
	@Transactional
	List<String> failInterrupted(Set<Long> except) {
		Timestamp now = Timestamp.from(Instant.now());
		List<String> dirs = new ArrayList<>();
		jdbc.sql("select id, work_dir from analysis_import where status in ('QUEUED', 'RUNNING')").query(rs -> {
			long id = rs.getLong(1);
			if (!except.contains(id)) {
				String dir = rs.getString(2);
				if (dir != null) {
					dirs.add(dir);
				}
				jdbc.sql("update analysis_import set status = 'FAILED', message_key = 'analysis.import.failed.interrupted', "
						+ "finished_at = ?, updated_at = ?, work_dir = null where id = ? and status in ('QUEUED', 'RUNNING')")
					.params(now, now, id)
					.update();
			}
		});
		return dirs;
	}

	List<ImportProblem> problems(long id) {
		return jdbc.sql("select row_no, column_name, message_key, arguments from analysis_import_problem "
				+ "where import_id = ? order by seq")
			.param(id)
			.query((rs, n) -> new ImportProblem(rs.getInt(1), rs.getString(2), rs.getString(3),
					rs.getString(4) == null ? new Object[0] : json.readValue(rs.getString(4), Object[].class)))
			.list();
	}

	/** Numbers stay numbers, so that messages format them; anything else (file names, paths) as text. */
	private static List<Object> arguments(ImportProblem problem) {
		List<Object> values = new ArrayList<>();
		for (Object a : problem.arguments()) {
			values.add(a == null || a instanceof Number ? a : String.valueOf(a));
		}
		return values;
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
