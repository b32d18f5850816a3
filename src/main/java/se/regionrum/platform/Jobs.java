package se.regionrum.platform;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Durable background work shared by all application servers on one database. A job is a row in
 * {@code scheduled_tasks} (db-scheduler): any server's scheduler claims it, one at a time, keeps it
 * alive by a heartbeat, and when that server dies another one takes it over after
 * {@link #deadAfter()}. A module declares its job as a db-scheduler {@code Task} bean and queues
 * instances here; recurring task beans run once per cluster per schedule.
 * <p>
 * {@link #enqueue} writes in the caller's transaction (the row is visible only once the caller's
 * own rows are), so a job is never queued for a run or an import that was rolled back.
 */
public class Jobs {

	private final SchedulerClient client;

	private final int maxTries;

	private final Duration deadAfter;

	private final Runnable wakeUp;

	/**
	 * @param client writes through the caller's transaction (a transaction-aware data source)
	 * @param wakeUp tells this server's scheduler to look for due jobs now, not at its next poll
	 */
	public Jobs(SchedulerClient client, int maxTries, Duration deadAfter, Runnable wakeUp) {
		this.client = client;
		this.wakeUp = wakeUp;
		this.maxTries = maxTries;
		this.deadAfter = deadAfter;
	}

	/** Queues the job {@code task}/{@code id} to run now on whichever server claims it first. */
	public void enqueue(TaskDescriptor<Void> task, long id) {
		client.scheduleIfNotExists(task.instance(Long.toString(id)).scheduledTo(Instant.now()));
		// the job is visible to the scheduler only once the caller's transaction commits
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wakeUp.run();
				}
			});
		}
		else {
			wakeUp.run();
		}
	}

	/**
	 * How many times a job may start (the first start and the takeovers after a server died with it)
	 * before it is failed with a clear reason ({@code regionrum.jobs.max-tries}).
	 */
	public int maxTries() {
		return maxTries;
	}

	/** How long after its server's last heartbeat a job is taken over by another server. */
	public Duration deadAfter() {
		return deadAfter;
	}

}
