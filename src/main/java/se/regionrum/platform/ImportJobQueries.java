package se.regionrum.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the job tables of background imports share: a table {@code <name>} with the columns
 * {@code id, status, message_key, message_detail, finished_at, updated_at, work_dir}, and a table
 * {@code <name>_problem} with {@code import_id, seq, row_no, column_name, message_key, arguments}
 * (the arguments as a JSON array). A module's import queries hold one and add their own columns.
 * Runs in the caller's transaction; the caller picks it.
 */
public final class ImportJobQueries {

	private static final int MAX_DETAIL = 2000;

	private static final int MAX_COLUMN = 300;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final String table;

	private final int maxArguments;

	/**
	 * @param table the job table, e.g. {@code analysis_import} (a constant: it is put into the SQL)
	 * @param maxArguments the length of the problem table's {@code arguments} column; longer text is cut
	 */
	public ImportJobQueries(JdbcClient jdbc, JsonMapper json, String table, int maxArguments) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("not a table name: " + table);
		}
		this.jdbc = jdbc;
		this.json = json;
		this.table = table;
		this.maxArguments = maxArguments;
	}

	/** Marks the job FAILED with the message key and the detail (cut to what the column holds). */
	public void markFailed(long id, String messageKey, String detail) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("update " + table + " set status = 'FAILED', message_key = ?, message_detail = ?, finished_at = ?, "
				+ "updated_at = ?, work_dir = null where id = ?")
			.params(messageKey, clip(detail, MAX_DETAIL), now, now, id)
			.update();
	}

	/**
	 * Fails every queued or running job except those given (still queued in this server), with the
	 * message key, and returns the work directories of those it failed, for deleting.
	 */
	public List<String> failInterrupted(Set<Long> except, String messageKey) {
		Timestamp now = Timestamp.from(Instant.now());
		List<String> dirs = new ArrayList<>();
		List<Object[]> open = jdbc.sql("select id, work_dir from " + table + " where status in ('QUEUED', 'RUNNING')")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.list();
		for (Object[] job : open) {
			if (except.contains((Long) job[0])) {
				continue;
			}
			if (job[1] != null) {
				dirs.add((String) job[1]);
			}
			jdbc.sql("update " + table + " set status = 'FAILED', message_key = ?, finished_at = ?, updated_at = ?, "
					+ "work_dir = null where id = ? and status in ('QUEUED', 'RUNNING')")
				.params(messageKey, now, now, job[0])
				.update();
		}
		return dirs;
	}

	/** Stores the problems (or warnings) of a job in their order. */
	public void insertProblems(long id, List<ImportProblem> problems) {
		int seq = 0;
		for (ImportProblem p : problems) {
			jdbc.sql("insert into " + table + "_problem (import_id, seq, row_no, column_name, message_key, arguments) "
					+ "values (?, ?, ?, ?, ?, ?)")
				.params(id, seq++, p.row(), clip(p.column(), MAX_COLUMN), p.messageKey(),
						clip(json.writeValueAsString(arguments(p)), maxArguments))
				.update();
		}
	}

	/** The stored problems (or warnings) of a job in their order. */
	public List<ImportProblem> problems(long id) {
		return jdbc.sql("select row_no, column_name, message_key, arguments from " + table + "_problem "
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

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
