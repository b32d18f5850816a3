package se.regionrum.platform;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import se.regionrum.platform.imports.WorkDirectories;

/**
 * The background queue of a module's imports: one job at a time on a thread of its own (a large file
 * takes a core and a good share of the heap), each run as the user who queued it, so that the
 * module's services check and audit the import as theirs. The queue lives in memory: a module fails
 * at start-up the jobs its table still has open that this queue does not hold
 * ({@link ImportJobQueries#failInterrupted}).
 */
public final class ImportQueue {

	private static final int CAPACITY = 50;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final Set<Long> active = ConcurrentHashMap.newKeySet();

	/** @param threadNamePrefix names the thread in logs, e.g. {@code analysis-import-} */
	public ImportQueue(String threadNamePrefix) {
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(CAPACITY);
		executor.setThreadNamePrefix(threadNamePrefix);
		executor.initialize();
	}

	/**
	 * Queues the job as the current user.
	 *
	 * @throws org.springframework.core.task.TaskRejectedException when the queue is full
	 */
	public void submit(long jobId, Runnable job) {
		active.add(jobId);
		try {
			executor.execute(new DelegatingSecurityContextRunnable(() -> {
				try {
					job.run();
				}
				finally {
					active.remove(jobId);
				}
			}, SecurityContextHolder.getContext()));
		}
		catch (RuntimeException ex) {
			active.remove(jobId);
			throw ex;
		}
	}

	/**
	 * Queues the job as the current user; when the queue is full, the job does not run: {@code whenFull}
	 * is told why (to mark the job failed) and the job's work directory is deleted.
	 */
	public void submit(long jobId, Runnable job, Path workDir, Consumer<String> whenFull) {
		try {
			submit(jobId, job);
		}
		catch (RejectedExecutionException ex) {
			whenFull.accept(ex.getMessage());
			deleteWorkDir(workDir);
		}
	}

	/** The jobs queued or running in this server now. */
	public Set<Long> active() {
		return Set.copyOf(active);
	}

	public void shutdown() {
		executor.shutdown();
	}

	/** Deletes a job's work directory with the files in it; what cannot be deleted is logged. */
	public static void deleteWorkDir(Path dir) {
		WorkDirectories.delete(dir);
	}

}
