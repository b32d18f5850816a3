package se.regionrum.indicators.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.reading.ValueImport;
import se.regionrum.platform.ImportJobQueries;
import se.regionrum.platform.ImportProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import jobs and the problems of rejected ones. Every write runs in a transaction of its own
 * (REQUIRES_NEW), so that progress shows while the import's own transaction is still open, and a
 * rejection's problems stay when that transaction rolls back.
 */
@Repository
class IndicatorImportQueries {

	private final JdbcClient jdbc;

	private final ImportJobQueries table;

	private final TransactionTemplate own;

	IndicatorImportQueries(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.table = new ImportJobQueries(jdbc, json, "indicator_import", 4000);
		this.own = new TransactionTemplate(transactions);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	long insert(IndicatorImportKind kind, String fileNames, long fileBytes, String options, String workDir,
			String startedBy, Instant at) {
		return own.execute(tx -> {
			KeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into indicator_import (kind, file_names, file_bytes, options, status, progress, values_read,
					    indicators_created, problem_count, work_dir, started_by, created_at, updated_at)
					values (?, ?, ?, ?, 'QUEUED', 0, 0, 0, 0, ?, ?, ?, ?)""")
				.params(kind.name(), clip(fileNames, 1000), fileBytes, clip(options, 2000), workDir, startedBy,
						Timestamp.from(at), Timestamp.from(at))
				.update(key, "id");
			return key.getKey().longValue();
		});
	}

	/**
	 * Creates the indicator of a Kolada KPI that an import brings metadata for, in the import's
	 * transaction (unlike the job writes here). A stop-gap: once the indicator feature offers a
	 * creating method that joins the caller's transaction, the import should call it instead (and
	 * audit there).
	 */
	long insertIndicator(IndicatorRef indicator) {
		Timestamp now = Timestamp.from(Instant.now());
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into indicator (code, name, unit, description, source, source_id, source_contents,
				    higher_is_better, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(indicator.code(), indicator.name(), indicator.unit(), indicator.description(),
					indicator.source().name(), indicator.sourceId(), indicator.sourceContents(),
					indicator.higherIsBetter(), now, now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<IndicatorImportJob> find(long id) {
		return jdbc.sql("select * from indicator_import where id = ?").param(id).query(this::job).optional();
	}

	List<IndicatorImportJob> list(int limit) {
		return jdbc.sql("select * from indicator_import order by created_at desc, id desc limit ?").param(limit)
			.query(this::job)
			.list();
	}

	void markStarted(long id) {
		Timestamp now = Timestamp.from(Instant.now());
		update("update indicator_import set status = 'RUNNING', progress = 1, started_at = ?, updated_at = ? where id = ?",
				now, now, id);
	}

	void saveProgress(long id, int percent, long valuesRead) {
		update("update indicator_import set progress = ?, values_read = ?, updated_at = ? where id = ?", percent,
				valuesRead, Timestamp.from(Instant.now()), id);
	}

	void saveFiles(long id, String fileNames, long bytes) {
		update("update indicator_import set file_names = ?, file_bytes = ?, updated_at = ? where id = ?",
				clip(fileNames, 1000), bytes, Timestamp.from(Instant.now()), id);
	}

	void markDone(long id, long values, int indicatorsCreated) {
		Timestamp now = Timestamp.from(Instant.now());
		update("update indicator_import set status = 'DONE', progress = 100, values_read = ?, indicators_created = ?, "
				+ "finished_at = ?, updated_at = ?, work_dir = null where id = ?", values, indicatorsCreated, now, now, id);
	}

	/** Stores the problems (at most {@link ValueImport#MAX_PROBLEMS} and the line saying how many more). */
	void markRejected(long id, List<ImportProblem> problems, long valuesRead) {
		own.executeWithoutResult(tx -> {
			Timestamp now = Timestamp.from(Instant.now());
			int count = 0;
			for (ImportProblem p : problems) {
				count += "indicatorimports.problem.more".equals(p.messageKey()) ? ((Number) p.arguments()[0]).intValue() : 1;
			}
			jdbc.sql("update indicator_import set status = 'REJECTED', problem_count = ?, values_read = ?, "
					+ "finished_at = ?, updated_at = ?, work_dir = null where id = ?")
				.params(count, valuesRead, now, now, id)
				.update();
			table.insertProblems(id, problems);
		});
	}

	void markFailed(long id, String messageKey, String detail) {
		own.executeWithoutResult(tx -> table.markFailed(id, messageKey, detail));
	}

	/**
	 * Fails every queued or running job except those given (still queued in this server) and returns
	 * the work directories of those it failed, for deleting.
	 */
	List<String> failInterrupted(Set<Long> except) {
		return own.execute(tx -> table.failInterrupted(except, "indicatorimports.failed.interrupted"));
	}

	List<ImportProblem> problems(long id) {
		return table.problems(id);
	}

	private void update(String sql, Object... params) {
		own.executeWithoutResult(tx -> jdbc.sql(sql).params(params).update());
	}

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private IndicatorImportJob job(ResultSet rs, int row) throws SQLException {
		return new IndicatorImportJob(rs.getLong("id"), IndicatorImportKind.valueOf(rs.getString("kind")),
				rs.getString("file_names"), rs.getLong("file_bytes"), rs.getString("options"),
				IndicatorImportJob.Status.valueOf(rs.getString("status")), rs.getInt("progress"), rs.getLong("values_read"),
				rs.getInt("indicators_created"), rs.getInt("problem_count"), rs.getString("message_key"),
				rs.getString("message_detail"), rs.getString("started_by"), instant(rs, "created_at"),
				instant(rs, "started_at"), instant(rs, "finished_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
