package se.regionrum.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The durable job of a module's imports ({@link Jobs}): one instance per import job, its id the
 * instance id. A server reads one import of a module at a time (a large file takes a core and a
 * good share of the heap); an import claimed while another one runs is put back for a few seconds,
 * for whichever server is free then, instead of holding a scheduler thread while it waits.
 */
public final class ImportTasks {

	/** How long an import claimed by a busy server waits before any server may claim it again. */
	static final Duration BUSY_RETRY = Duration.ofSeconds(5);

	private ImportTasks() {
	}

	/** Reads one import job; the outcome goes into the job's row. */
	@FunctionalInterface
	public interface ImportWork {

		/**
		 * @param serverStopping true once this server is shutting down: an import that fails then
		 *        should throw, so that the job is left to another server instead of failed
		 */
		void run(long jobId, BooleanSupplier serverStopping);

	}

	/** The task bean of a module's imports, running {@code work} at most once at a time in this server. */
	public static CustomTask<Void> oneAtATime(TaskDescriptor<Void> task, ImportWork work) {
		ReentrantLock lock = new ReentrantLock();
		return Tasks.custom(task)
			// only a server that stops mid-import lets an exception out: another server takes the job
			.onFailure((complete, ops) -> ops.reschedule(complete, Instant.now()))
			.onDeadExecutionRevive()
			.execute((instance, context) -> {
				if (!lock.tryLock()) {
					return (CompletionHandler<Void>) (complete, ops) -> ops.reschedule(complete,
							Instant.now().plus(BUSY_RETRY));
				}
				try {
					work.run(Long.parseLong(instance.getId()), () -> context.getSchedulerState().isShuttingDown());
				}
				finally {
					lock.unlock();
				}
				return (complete, ops) -> ops.remove();
			});
	}

}
