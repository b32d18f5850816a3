package se.regionrum.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for background work (analysis runs, imports) that tests start through a page or a
 * service: reads the state until it is done or a minute has passed, and hands back the last read,
 * so that the caller's assertion says what it was.
 */
public final class Waiting {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private Waiting() {
	}

	public static <T> T until(Supplier<T> read, Predicate<T> done) {
		Instant deadline = Instant.now().plus(PATIENCE);
		T state = read.get();
		while (!done.test(state) && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			state = read.get();
		}
		return state;
	}

}
