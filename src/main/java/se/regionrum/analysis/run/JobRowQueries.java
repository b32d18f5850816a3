package se.regionrum.analysis.run;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The status writes of one kind of analysis job ({@link JobAttempts}): rows of a table with the columns {@code id, status, progress, attempts, started_at,
 * finished_at, updated_at, message_key, message_detail}, whose statuses are {@link RunStatus}'s. A
 * kind's queries extend it and add their own columns. The writes that name an attempt change
 * nothing once it is no longer the row's current one (another server took the job over, or it
 * ended). Runs in the caller's transaction.
 */
public abstract class JobRowQueries<T> {

	private static final int MAX_DETAIL = 2000;

	private final JdbcClient jdbc;

	private final String table;

	/** @param table the kind's table, e.g. {@code analysis_run} (a constant: it is put into the SQL) */
	protected JobRowQueries(JdbcClient jdbc, String table) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("not a table name: " + table);
		}
		this.jdbc = jdbc;
		this.table = table;
	}

	public abstract Optional<T> find(long id);

	/**
	 * Starts the next attempt if the row is still queued or running and has started fewer than
	 * {@code maxTries} times: counts the start and begins its progress anew, as a job taken over
	 * from a dead server starts from the beginning. The update holds the row until the caller's
	 * transaction ends.
	 */
	public boolean markStarted(long id, Instant at, int maxTries) {
		return jdbc.sql("update " + table + """
				 set status = 'RUNNING', attempts = attempts + 1, started_at = ?, updated_at = ?, progress = 1
				where id = ? and status in ('QUEUED', 'RUNNING') and attempts < ?""")
			.params(Timestamp.from(at), Timestamp.from(at), id, maxTries)
			.update() == 1;
	}

	/** How many times the job has started (0 while it has never started, or when it is gone). */
	public int attempts(long id) {
		return jdbc.sql("select attempts from " + table + " where id = ?").param(id).query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** Saves the attempt's progress; false when the attempt is no longer the current one. */
	public boolean saveProgress(long id, int attempt, int percent) {
		// Workers of several types report out of order; progress never goes back.
		return jdbc.sql("update " + table + """
				 set progress = greatest(progress, ?), updated_at = ?
				where id = ? and attempts = ? and status = 'RUNNING'""")
			.params(percent, Timestamp.from(Instant.now()), id, attempt)
			.update() == 1;
	}

	/**
	 * Fails the job if it is still queued or running with the given number of starts (0 for a job
	 * never started); false when another attempt has taken it over or it has ended.
	 */
	public boolean markFailed(long id, int attempt, String messageKey, String detail) {
		Timestamp now = Timestamp.from(Instant.now());
		return jdbc.sql("update " + table + """
				 set status = 'FAILED', finished_at = ?, updated_at = ?, message_key = ?, message_detail = ?
				where id = ? and attempts = ? and status in ('QUEUED', 'RUNNING')""")
			.params(now, now, messageKey, detail == null ? null : detail.substring(0, Math.min(detail.length(), MAX_DETAIL)),
					id, attempt)
			.update() == 1;
	}

	/**
	 * Queues the attempt again, uncounted, for another server to start from the beginning (this one
	 * is stopping); false when the attempt is no longer the current one.
	 */
	public boolean markHandedBack(long id, int attempt) {
		return jdbc.sql("update " + table + """
				 set status = 'QUEUED', attempts = attempts - 1, progress = 0, updated_at = ?
				where id = ? and attempts = ? and status = 'RUNNING'""")
			.params(Timestamp.from(Instant.now()), id, attempt)
			.update() == 1;
	}

}
