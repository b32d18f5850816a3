package se.regionrum.dialogue.registration;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly {@link RetentionJob} as a recurring job of the platform's scheduler, so that it runs once
 * per cluster; "-" as the cron switches it off.
 */
@Configuration(proxyBeanMethods = false)
class RetentionSchedule {

	@Bean
	RecurringTask<Void> dialogueRetention(RetentionJob job, Clock clock,
			@Value("${regionrum.dialogue.retention-cron:0 15 3 * * *}") String cron) {
		return Tasks.recurring(RetentionJob.TASK_NAME, Schedules.cron(cron, clock.getZone()))
			.execute((instance, context) -> job.anonymiseExpired());
	}

}
