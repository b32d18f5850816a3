package se.regionrum.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Delivers again, once per cluster, the module events whose listener has not completed within
 * {@code regionrum.jobs.event-resubmission-after} (5 minutes) of their publication or of their last
 * resubmission: the listener failed, or the server running it stopped. It replaces Spring Modulith's
 * republication at start, with which a server starting would deliver again the events another server
 * is still working on. Checked every {@code regionrum.jobs.event-resubmission-interval} (a minute).
 * <p>
 * A listener must therefore finish well within that time, or it runs twice. A publication left
 * "resubmitted" by a server that stopped during the new delivery is failed first, since Spring
 * Modulith never resubmits one in that state.
 */
@Configuration(proxyBeanMethods = false)
class EventResubmission {

	static final String TASK_NAME = "platform-event-resubmission";

	@Bean
	RecurringTask<Void> eventResubmissionTask(IncompleteEventPublications incomplete,
			EventPublicationQueries publications,
			@Value("${regionrum.jobs.event-resubmission-interval:1m}") Duration interval,
			@Value("${regionrum.jobs.event-resubmission-after:5m}") Duration after) {
		Clock clock = Clock.systemUTC();
		return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(interval)).execute((instance, context) -> {
			Instant before = clock.instant().minus(after);
			publications.updateStaleResubmissionsToFailed(before);
			incomplete.resubmitIncompletePublications(p -> due(p, before));
		});
	}

	/** Whether a publication has waited long enough since it was published and since it was last resubmitted. */
	static boolean due(EventPublication publication, Instant before) {
		Instant lastResubmission = publication.getLastResubmissionDate();
		return publication.getPublicationDate().isBefore(before)
				&& (lastResubmission == null || lastResubmission.isBefore(before));
	}

}
