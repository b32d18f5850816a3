package se.regionrum.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs {@code 0 .. count-1} on a few threads in chunks taken from a shared counter, each thread with
 * its own worker (its own search workspace), so that uneven pieces of work even out.
 */
final class ParallelRange {

	/** One thread's work on indices it is handed. */
	@FunctionalInterface
	interface Worker {
		void run(int index);
	}

	private ParallelRange() {
	}

	static void run(int threads, int count, int chunk, Supplier<Worker> workers) {
		int used = Math.max(1, Math.min(threads, (count + chunk - 1) / chunk));
		if (used == 1) {
			Worker worker = workers.get();
			for (int i = 0; i < count; i++) {
				worker.run(i);
			}
			return;
		}
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(used);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < used; t++) {
				futures.add(pool.submit(() -> {
					Worker worker = workers.get();
					for (int start = next.getAndAdd(chunk); start < count; start = next.getAndAdd(chunk)) {
						int end = Math.min(count, start + chunk);
						for (int i = start; i < end; i++) {
							worker.run(i);
						}
					}
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("location analysis interrupted", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException("location analysis failed: " + e.getCause().getMessage(), e.getCause());
		} finally {
			pool.shutdown();
		}
	}
}
