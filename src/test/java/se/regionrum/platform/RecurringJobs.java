package se.regionrum.platform;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes a recurring job of the cluster (a row of {@code scheduled_tasks}) due now, as if its time had
 * come, and waits until one of the test run's schedulers has run it.
 */
public final class RecurringJobs {

	private RecurringJobs() {
	}

	/** Makes the job due now and waits until a run that started afterwards has succeeded; false if none did in time. */
	public static boolean runNow(JdbcClient jdbc, String taskName) {
		Instant due = Instant.now();
		int rows = Waiting.until(() -> jdbc.sql("""
				update scheduled_tasks set execution_time = ?
				where task_name = ? and picked = false""").params(Timestamp.from(due), taskName).update(), n -> n == 1);
		if (rows != 1) {
			return false;
		}
		return Waiting.until(() -> succeededSince(jdbc, taskName, due), done -> done);
	}

	private static boolean succeededSince(JdbcClient jdbc, String taskName, Instant since) {
		return jdbc.sql("""
				select count(*) from scheduled_tasks
				where task_name = ? and picked = false and last_success >= ?""")
			.params(taskName, Timestamp.from(since))
			.query(Integer.class)
			.single() == 1;
	}

}
