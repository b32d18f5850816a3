package se.regionrum.platform.jobs;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import se.regionrum.platform.Jobs;

/**
 * The one db-scheduler of this server: it runs every {@link Task} bean of the modules, with the
 * recurring ones scheduled once per cluster. It starts claiming jobs only when the application is
 * ready (after the demo data), and on shutdown waits {@code regionrum.jobs.shutdown-wait} for the
 * jobs it runs; a job still running then is left to another server's takeover.
 */
@Configuration(proxyBeanMethods = false)
class JobScheduling {

	@Bean
	Jobs jobs(DataSource dataSource, ObjectProvider<Scheduler> scheduler,
			@Value("${regionrum.jobs.max-tries:3}") int maxTries,
			@Value("${regionrum.jobs.heartbeat-interval:10s}") Duration heartbeat,
			@Value("${regionrum.jobs.missed-heartbeats:6}") int missedHeartbeats) {
		SchedulerClient client = SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource)).build();
		// the scheduler is looked up when a job is queued: it is built from the task beans, which need Jobs
		return new Jobs(client, maxTries, heartbeat.multipliedBy(missedHeartbeats),
				() -> scheduler.ifAvailable(Scheduler::triggerCheckForDueExecutions));
	}

	@Bean(destroyMethod = "stop")
	Scheduler jobScheduler(DataSource dataSource, ObjectProvider<Task<?>> taskBeans,
			@Value("${regionrum.jobs.threads:2}") int threads,
			@Value("${regionrum.jobs.polling-interval:1s}") Duration pollingInterval,
			@Value("${regionrum.jobs.heartbeat-interval:10s}") Duration heartbeat,
			@Value("${regionrum.jobs.missed-heartbeats:6}") int missedHeartbeats,
			@Value("${regionrum.jobs.shutdown-wait:20s}") Duration shutdownWait) {
		// db-scheduler adds the start tasks to the known ones itself: a task given in both is refused
		List<Task<?>> tasks = new ArrayList<>();
		List<RecurringTask<?>> recurring = new ArrayList<>();
		taskBeans.orderedStream().forEach(task -> {
			if (task instanceof RecurringTask<?> r) {
				recurring.add(r);
			}
			else {
				tasks.add(task);
			}
		});
		return Scheduler.create(dataSource, tasks)
			.startTasks(recurring)
			.threads(threads)
			.pollingInterval(pollingInterval)
			.heartbeatInterval(heartbeat)
			.missedHeartbeatsLimit(missedHeartbeats)
			.shutdownMaxWait(shutdownWait)
			.schedulerName(new SchedulerName.Fixed(serverName()))
			.enableImmediateExecution()
			.build();
	}

	@Bean
	SchedulerStart schedulerStart(Scheduler scheduler) {
		return new SchedulerStart(scheduler);
	}

	/** Starts claiming jobs once the start-up work is done, so no job sees a half-loaded database. */
	static final class SchedulerStart {

		private final Scheduler scheduler;

		SchedulerStart(Scheduler scheduler) {
			this.scheduler = scheduler;
		}

		@EventListener(ApplicationReadyEvent.class)
		@Order(100)
		void start() {
			scheduler.start();
		}

		/**
		 * A stopping server claims no new job while it still answers its last requests; the jobs it
		 * runs go on (and keep their heartbeat) until the scheduler stops with the context.
		 */
		@EventListener(ContextClosedEvent.class)
		void stopClaiming() {
			scheduler.pause();
		}

	}

	/** Host, process and a random part: two servers in one JVM (as in the tests) get two names. */
	private static String serverName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown";
		}
		return host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

}
