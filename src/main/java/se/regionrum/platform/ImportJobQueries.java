package se.regionrum.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the job tables of background imports share: a table {@code <name>} with the columns
 * {@code id, status, progress, attempts, message_key, message_detail, started_at, finished_at, updated_at,
 * work_dir, started_as}, and a table
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

	/**
	 * Starts a try of a job still queued or running (a server that died may have left it running):
	 * counts it, resets the progress and throws away the problems or warnings an earlier try stored.
	 *
	 * @return the number of this try, which the job's last writes name ({@link #markFailed}); 0 when the
	 *         job has ended already (an earlier try finished it before its server could say so)
	 */
	public int startTry(long id) {
		Timestamp now = Timestamp.from(Instant.now());
		int updated = jdbc.sql("update " + table + " set status = 'RUNNING', attempts = attempts + 1, progress = 1, "
				+ "started_at = coalesce(started_at, ?), updated_at = ? where id = ? and status in ('QUEUED', 'RUNNING')")
			.params(now, now, id)
			.update();
		if (updated == 0) {
			return 0;
		}
		jdbc.sql("delete from " + table + "_problem where import_id = ?").param(id).update();
		return jdbc.sql("select attempts from " + table + " where id = ?").param(id).query(Integer.class).single();
	}

	/**
	 * Marks the job FAILED with the message key and the detail (cut to what the column holds), unless a
	 * later try has taken it over meanwhile.
	 *
	 * @return whether it did: only then may the try delete the job's files
	 */
	public boolean markFailed(long id, int attempt, String messageKey, String detail) {
		Timestamp now = Timestamp.from(Instant.now());
		return jdbc.sql("update " + table + " set status = 'FAILED', message_key = ?, message_detail = ?, finished_at = ?, "
				+ "updated_at = ? where id = ? and attempts = ? and status = 'RUNNING'")
			.params(messageKey, clip(detail, MAX_DETAIL), now, now, id, attempt)
			.update() == 1;
	}

	/** The user who queued a job, as the job's row keeps it ({@link #startedAs}). */
	public String userText(CurrentUser user) {
		return json.writeValueAsString(user);
	}

	/** The user who queued the job, as they were then; empty for a job queued before the column was. */
	public Optional<CurrentUser> startedAs(long id) {
		return jdbc.sql("select started_as from " + table + " where id = ?")
			.param(id)
			.query((rs, n) -> rs.getString(1))
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.map(text -> json.readValue(text, CurrentUser.class));
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
