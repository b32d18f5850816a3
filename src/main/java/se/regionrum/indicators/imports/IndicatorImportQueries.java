package se.regionrum.indicators.imports;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.kolada.KoladaClient;
import se.regionrum.indicators.reading.ValueImport;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.ImportJobQueries;
import se.regionrum.platform.ImportProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import jobs and the problems of rejected ones. The writes of a running job run in a
 * transaction of their own (REQUIRES_NEW), so that progress shows while the import's own
 * transaction is still open, and a rejection's problems stay when that transaction rolls back;
 * inserting a job and marking it done join the caller's.
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

	/**
	 * What a job's row keeps for reading its upload (or fetching) again on any server.
	 *
	 * @param workDir the job's directory, relative to the upload directory
	 * @param files its uploaded files, relative to that directory: data files {@code f<n>/<name>},
	 *        Kolada's KPI file {@code kpis/<name>}
	 * @param encoding a charset's name, or null to detect it
	 * @param fetch what to fetch from Kolada; null for uploads
	 * @param fetchUrl the Kolada API to fetch it from
	 */
	record StoredUpload(IndicatorImportKind kind, String workDir, List<String> files, Long indicatorId, String tableId,
			String encoding, KoladaClient.Request fetch, String fetchUrl) {
	}

	/** Inserts a queued job in the caller's transaction, the one that queues its task. */
	long insert(IndicatorImportKind kind, String fileNames, long fileBytes, String options, StoredUpload upload,
			CurrentUser startedBy, Instant at) {
		KoladaClient.Request fetch = upload.fetch();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into indicator_import (kind, file_names, file_bytes, options, status, progress, values_read,
				    indicators_created, problem_count, work_dir, upload_files, indicator_id, table_id, encoding,
				    fetch_kpis, fetch_municipalities, fetch_years, fetch_url, started_by, started_as, created_at,
				    updated_at)
				values (?, ?, ?, ?, 'QUEUED', 0, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(kind.name(), clip(fileNames, 1000), fileBytes, clip(options, 2000), upload.workDir(),
					String.join("\n", upload.files()), upload.indicatorId(), upload.tableId(), upload.encoding(),
					fetch == null ? null : String.join(",", fetch.kpis()),
					fetch == null ? null : String.join(",", fetch.municipalities()),
					fetch == null ? null : String.join(",", fetch.years().stream().map(String::valueOf).toList()),
					upload.fetchUrl(), startedBy.username(), table.userText(startedBy), Timestamp.from(at), Timestamp.from(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<StoredUpload> upload(long id) {
		return jdbc.sql("""
				select kind, work_dir, upload_files, indicator_id, table_id, encoding, fetch_kpis, fetch_municipalities,
				    fetch_years, fetch_url
				from indicator_import where id = ?""")
			.param(id)
			.query((rs, n) -> {
				long indicator = rs.getLong("indicator_id");
				Long indicatorId = rs.wasNull() ? null : indicator;
				IndicatorImportKind kind = IndicatorImportKind.valueOf(rs.getString("kind"));
				KoladaClient.Request fetch = kind != IndicatorImportKind.KOLADA_FETCH ? null
						: new KoladaClient.Request(split(rs.getString("fetch_kpis")),
								split(rs.getString("fetch_municipalities")),
								split(rs.getString("fetch_years")).stream().map(Integer::valueOf).toList());
				return new StoredUpload(kind, rs.getString("work_dir"), lines(rs.getString("upload_files")), indicatorId,
						rs.getString("table_id"), rs.getString("encoding"), fetch, rs.getString("fetch_url"));
			})
			.optional();
	}

	private static List<String> split(String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(text.split(","));
	}

	private static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
	}

	/** What the module's job table shares with every import's, for {@link se.regionrum.platform.ImportTries}. */
	ImportJobQueries jobs() {
		return table;
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

	void saveProgress(long id, int percent, long valuesRead) {
		update("update indicator_import set progress = ?, values_read = ?, updated_at = ? where id = ?", percent,
				valuesRead, Timestamp.from(Instant.now()), id);
	}

	void saveFiles(long id, String fileNames, long bytes) {
		update("update indicator_import set file_names = ?, file_bytes = ?, updated_at = ? where id = ?",
				clip(fileNames, 1000), bytes, Timestamp.from(Instant.now()), id);
	}

	/**
	 * Marks the job done in the transaction that saved its values, unless a later try has taken the
	 * job over meanwhile (then the caller rolls back, so that the values are saved once).
	 */
	boolean markDone(long id, int attempt, long values, int indicatorsCreated) {
		Timestamp now = Timestamp.from(Instant.now());
		return jdbc.sql("update indicator_import set status = 'DONE', progress = 100, values_read = ?, "
				+ "indicators_created = ?, finished_at = ?, updated_at = ? where id = ? and attempts = ? and status = 'RUNNING'")
			.params(values, indicatorsCreated, now, now, id, attempt)
			.update() == 1;
	}

	/**
	 * Stores the problems (at most {@link ValueImport#MAX_PROBLEMS} and the line saying how many more).
	 *
	 * @return false when a later try has taken the job over meanwhile
	 */
	boolean markRejected(long id, int attempt, List<ImportProblem> problems, long valuesRead) {
		return Boolean.TRUE.equals(own.execute(tx -> {
			Timestamp now = Timestamp.from(Instant.now());
			int count = 0;
			for (ImportProblem p : problems) {
				count += "indicatorimports.problem.more".equals(p.messageKey()) ? ((Number) p.arguments()[0]).intValue() : 1;
			}
			int updated = jdbc.sql("update indicator_import set status = 'REJECTED', problem_count = ?, values_read = ?, "
					+ "finished_at = ?, updated_at = ? where id = ? and attempts = ? and status = 'RUNNING'")
				.params(count, valuesRead, now, now, id, attempt)
				.update();
			if (updated == 1) {
				table.insertProblems(id, problems);
			}
			return updated == 1;
		}));
	}

	/** @see ImportJobQueries#markFailed */
	boolean markFailed(long id, int attempt, String messageKey, String detail) {
		return Boolean.TRUE.equals(own.execute(tx -> table.markFailed(id, attempt, messageKey, detail)));
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
