package se.regionrum.dialogue.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.platform.RecurringJobs;

/**
 * The nightly retention runs once per cluster: with this context's scheduler and a second server's
 * (a scheduler of its own on the same database, polling more often) both running the job, each time
 * it falls due it runs once, which the audit log shows, one entry a run.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RetentionScheduleTest {

	@Autowired
	@Qualifier("dialogueRetention")
	RecurringTask<Void> retention;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private int auditedRuns() {
		return jdbc.sql("select count(*) from audit_entry where detail = ?")
			.param(PersonalDataService.RETENTION_AUDIT)
			.query(Integer.class)
			.single();
	}

	@Test
	void eachDueTimeRunsOnceWithTwoServers() throws Exception {
		Scheduler secondServer = Scheduler.create(dataSource)
			.startTasks(retention)
			.pollingInterval(Duration.ofMillis(50))
			.schedulerName(new SchedulerName.Fixed("second-server"))
			.shutdownMaxWait(Duration.ofSeconds(5))
			.build();
		secondServer.start();
		try {
			for (int time = 1; time <= 2; time++) {
				int before = auditedRuns();
				assertThat(RecurringJobs.runNow(jdbc, RetentionJob.TASK_NAME)).as("due time %d ran", time).isTrue();
				// both servers have polled several times since: a second run would have shown by now
				Thread.sleep(2_500);
				assertThat(auditedRuns()).as("runs audited for due time %d", time).isEqualTo(before + 1);
			}
		}
		finally {
			secondServer.stop();
		}
	}

}
