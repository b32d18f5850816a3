package se.regionrum.platform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Short notices from one application server to the others on the same database ("presentation 42
 * changed"), for what must reach a user connected to another server within a second. A signal is
 * a hint, not a message to rely on: it may be lost (a server restarting, a dropped connection), so
 * a subscriber reads the state itself from the database and has a slower way to notice changes
 * (polling) as well. A server's own subscribers do not get its signals: what changed on this server
 * is told here by the in-process event that led to the signal.
 * <p>
 * On PostgreSQL a signal is a {@code NOTIFY}; on H2 nothing is sent (one H2 database serves one
 * process, and the tests' second server finds changes by polling).
 */
public abstract class ClusterSignals {

	private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);

	private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_.-]{0,39}");

	/** Payloads are ids and words: far below PostgreSQL's 8000 bytes per notification. */
	private static final int PAYLOAD_MAX = 200;

	private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();

	/**
	 * Sends {@code payload} on {@code channel} to the subscribers on the other servers. Inside a
	 * transaction it is delivered when that commits and dropped when it rolls back, so call it
	 * before the commit (e.g. from a {@code BEFORE_COMMIT} transactional event listener); outside a
	 * transaction it goes at once. Never from an after-commit callback: what it writes there is not
	 * committed.
	 *
	 * @param channel a constant name, lower-case letters, digits, {@code _ . -}
	 * @param payload a few ids, up to 200 characters, without line breaks
	 */
	public final void publish(String channel, String payload) {
		if (channel == null || !CHANNEL.matcher(channel).matches()) {
			throw new IllegalArgumentException("Not a signal channel: " + channel);
		}
		if (payload == null || payload.length() > PAYLOAD_MAX || payload.contains("\n")) {
			throw new IllegalArgumentException("A signal payload is a short line: " + payload);
		}
		send(channel, payload);
	}

	/** {@code subscriber} gets the payloads other servers publish on {@code channel}, on a thread of its own. */
	public final void subscribe(String channel, Consumer<String> subscriber) {
		subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(subscriber);
	}

	protected abstract void send(String channel, String payload);

	/** Hands a signal from another server to this server's subscribers; one failing does not stop the others. */
	protected final void deliver(String channel, String payload) {
		for (Consumer<String> subscriber : subscribers.getOrDefault(channel, List.of())) {
			try {
				subscriber.accept(payload);
			}
			catch (RuntimeException ex) {
				log.warn("A subscriber of cluster signal {} failed on {}", channel, payload, ex);
			}
		}
	}

}
