package se.regionrum.analysis.run;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import com.github.kagkarlsson.scheduler.SchedulerState;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;

import org.slf4j.Logger;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.platform.Jobs;

/**
 * One server's attempts at the durable jobs of one kind of analysis (runs, location analyses), whose
 * rows count their starts. The server carries out one job of the kind at a time; a job it is busy
 * for goes back to the queue for {@link #BUSY_RETRY}, so that an idle server may claim it meanwhile.
 * <p>
 * Each start is an attempt, counted on the job's row. A server that died with a job loses it to
 * another server, which starts it again from the beginning; a start beyond {@link Jobs#maxTries()}
 * fails the job instead. Every write of an attempt holds only while the attempt is still the row's
 * current one, so a stalled server that wakes up after the takeover stops at its next progress
 * report, and its results are never stored. A server that is stopping hands its job back, uncounted.
 * A failure is stored as a message key the page shows in the reader's language.
 *
 * @param <T> the row of the job, as its queries read it
 */
public final class JobAttempts<T> {

	/** How long a job this server is too busy for waits before any server may claim it again. */
	public static final Duration BUSY_RETRY = Duration.ofSeconds(5);

	static final String TOO_MANY_STARTS = "analysis.run.failed.tooManyStarts";

	/** Done with the job: it ended (done or failed) or is gone. */
	private static final CompletionHandler<Void> REMOVE = (complete, operations) -> operations.remove();

	/** The job is no longer this execution's: another server took it over. */
	private static final CompletionHandler<Void> LEAVE = (complete, operations) -> {
	};

	/** The work of one attempt; it reports progress through the attempt, which stops it when it is no longer wanted. */
	@FunctionalInterface
	public interface Work<T> {

		void run(Attempt<T> attempt);

	}

	private final String kind;

	private final Logger log;

	private final JobRowQueries<T> rows;

	private final Predicate<T> active;

	private final TransactionTemplate transaction;

	private final int maxTries;

	private final IntFunction<String> tooManyStarts;

	/**
	 * One job at a time on this server, though the scheduler has more threads: an analysis already
	 * spreads its work over the cores, and a national graph's search workspaces take hundreds of
	 * megabytes each.
	 */
	private final ReentrantLock oneAtATime = new ReentrantLock();

	/**
	 * @param kind names the kind in the log, e.g. {@code Analysis run}
	 * @param log the executor's log
	 * @param active whether a row is still queued or running
	 * @param tooManyStarts the failure detail of a job started the given number of times
	 */
	public JobAttempts(String kind, Logger log, JobRowQueries<T> rows, Predicate<T> active, TransactionTemplate transaction,
			Jobs jobs, IntFunction<String> tooManyStarts) {
		this.kind = kind;
		this.log = log;
		this.rows = rows;
		this.active = active;
		this.transaction = transaction;
		this.maxTries = jobs.maxTries();
		this.tooManyStarts = tooManyStarts;
	}

	/** The attempt is no longer the row's current one, or the server is stopping. */
	private static final class Stopped extends RuntimeException {

		final boolean serverStopping;

		Stopped(boolean serverStopping) {
			super(serverStopping ? "the server is stopping" : "taken over by another server", null, false, false);
			this.serverStopping = serverStopping;
		}

	}

	/** One start of a job: the row as it was then, and the attempt's number. */
	public static final class Attempt<T> {

		private final JobRowQueries<T> rows;

		private final long id;

		private final T row;

		private final int number;

		private final Instant started;

		private final SchedulerState scheduler;

		private Attempt(JobRowQueries<T> rows, long id, T row, int number, Instant started, SchedulerState scheduler) {
			this.rows = rows;
			this.id = id;
			this.row = row;
			this.number = number;
			this.started = started;
			this.scheduler = scheduler;
		}

		public T row() {
			return row;
		}

		public int number() {
			return number;
		}

		public Instant started() {
			return started;
		}

		/** Saves the attempt's progress; stops the attempt when the server is stopping or the job was taken over. */
		public void progress(int percent) {
			if (scheduler.isShuttingDown()) {
				throw new Stopped(true);
			}
			if (!rows.saveProgress(id, number, percent)) {
				throw new Stopped(false);
			}
		}

		/** What to throw when the attempt's final write was refused: another server has taken the job over. */
		public RuntimeException takenOver() {
			return new Stopped(false);
		}

	}

	/** Carries out the job, or offers it again a little later when this server is already running another one. */
	public CompletionHandler<Void> execute(long id, SchedulerState scheduler, Work<T> work) {
		if (!oneAtATime.tryLock()) {
			Instant later = Instant.now().plus(BUSY_RETRY);
			return (complete, operations) -> operations.reschedule(complete, later);
		}
		try {
			return attempt(id, scheduler, work);
		}
		finally {
			oneAtATime.unlock();
		}
	}

	private CompletionHandler<Void> attempt(long id, SchedulerState scheduler, Work<T> work) {
		Attempt<T> attempt = transaction.execute(status -> start(id, scheduler));
		if (attempt == null) {
			return REMOVE;
		}
		try {
			work.run(attempt);
			return REMOVE;
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			return ended(attempt, ex, scheduler);
		}
	}

	/**
	 * Starts the job's next attempt, or fails the job when it has started as many times as a job may;
	 * null when there is nothing to run (the job ended, is gone or has just failed).
	 */
	private Attempt<T> start(long id, SchedulerState scheduler) {
		Instant started = Instant.now();
		if (rows.markStarted(id, started, maxTries)) {
			return new Attempt<>(rows, id, rows.find(id).orElseThrow(), rows.attempts(id), started, scheduler);
		}
		if (rows.find(id).filter(active).isPresent()) {
			int attempts = rows.attempts(id);
			log.warn("{} {} failed: started {} times, each time on a server that stopped before it finished", kind, id,
					attempts);
			rows.markFailed(id, attempts, TOO_MANY_STARTS, tooManyStarts.apply(attempts));
		}
		return null;
	}

	/** What becomes of the job when an attempt ends by an exception. */
	private CompletionHandler<Void> ended(Attempt<T> attempt, Throwable ex, SchedulerState scheduler) {
		long id = attempt.id;
		Stopped stopped = cause(ex, Stopped.class);
		if (stopped != null && !stopped.serverStopping) {
			log.warn("{} {}: attempt {} was taken over by another server; its work here is discarded", kind, id,
					attempt.number());
			return LEAVE;
		}
		RunFailure failure = cause(ex, RunFailure.class);
		if (failure == null && scheduler.isShuttingDown()) {
			// The scheduler interrupts what it has waited for too long; the hand-back must still be written.
			Thread.interrupted();
			if (!rows.markHandedBack(id, attempt.number())) {
				return LEAVE;
			}
			log.info("{} {} handed back to the queue: this server is stopping", kind, id);
			return (complete, operations) -> operations.reschedule(complete, Instant.now());
		}
		if (failure != null) {
			log.warn("{} {} failed: {}", kind, id, failure.getMessage());
		}
		else {
			log.error("{} {} failed", kind, id, ex);
		}
		boolean failed = failure != null ? rows.markFailed(id, attempt.number(), failure.messageKey(), failure.getMessage())
				: rows.markFailed(id, attempt.number(), "analysis.run.failed.unexpected", String.valueOf(ex.getMessage()));
		return failed ? REMOVE : LEAVE;
	}

	/** The exception itself or its first cause of the given class (the engine wraps its workers' ones). */
	private static <E extends Throwable> E cause(Throwable ex, Class<E> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
