package se.regionrum.platform.jobs;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Deletes expired web sessions once per cluster, every {@code regionrum.jobs.session-cleanup-interval}
 * (a minute): Spring Session's own clean-up, which every server would run on its own clock, is
 * switched off ({@code spring.session.jdbc.cleanup-cron: "-"}).
 */
@Configuration(proxyBeanMethods = false)
class SessionCleanup {

	static final String TASK_NAME = "platform-session-cleanup";

	@Bean
	RecurringTask<Void> sessionCleanupTask(JdbcIndexedSessionRepository sessions,
			@Value("${regionrum.jobs.session-cleanup-interval:1m}") Duration interval) {
		return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(interval))
			.execute((instance, context) -> sessions.cleanUpExpiredSessions());
	}

}
