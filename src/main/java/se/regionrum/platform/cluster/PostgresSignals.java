package se.regionrum.platform.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.regionrum.platform.ClusterSignals;

/**
 * Cluster signals by PostgreSQL's {@code LISTEN}/{@code NOTIFY}. All signals travel on one
 * PostgreSQL channel as {@code <server> <channel> <payload>}; the server part lets a server skip
 * its own. A daemon thread holds one listening connection outside the pool and waits on it; when
 * the connection fails it opens a new one after a back-off (half a second, doubling, at most
 * {@code maxBackOff}). Signals sent while it was away are lost, which the subscribers' polling covers.
 */
final class PostgresSignals extends ClusterSignals implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PostgresSignals.class);

	static final String PG_CHANNEL = "regionrum_signals";

	private static final int WAIT_MS = 500;

	private static final long PING_EVERY_MS = 15_000;

	private static final long FIRST_BACK_OFF_MS = 500;

	private final String server = UUID.randomUUID().toString().substring(0, 8);

	private final SignalQueries queries;

	private final long maxBackOffMs;

	private final Thread listener;

	private volatile boolean running = true;

	private volatile Connection connection;

	/** How many times a listening connection was opened: 1 after the start, more after reconnects. */
	private volatile int connects;

	PostgresSignals(SignalQueries queries, Duration maxBackOff) {
		this.queries = queries;
		this.maxBackOffMs = Math.max(FIRST_BACK_OFF_MS, maxBackOff.toMillis());
		this.listener = new Thread(this::listen, "cluster-signals-" + server);
		this.listener.setDaemon(true);
	}

	PostgresSignals start() {
		listener.start();
		return this;
	}

	@Override
	protected void send(String channel, String payload) {
		queries.notify(PG_CHANNEL, server + " " + channel + " " + payload);
	}

	/** The name of the listening connection in {@code pg_stat_activity}. */
	String applicationName() {
		return "regionrum-signals-" + server;
	}

	boolean listening() {
		return connection != null;
	}

	int connects() {
		return connects;
	}

	private void listen() {
		long backOff = FIRST_BACK_OFF_MS;
		while (running) {
			try (Connection c = queries.openListener(PG_CHANNEL, applicationName())) {
				connection = c;
				connects++;
				if (connects > 1) {
					log.info("Listening for cluster signals again");
				}
				backOff = FIRST_BACK_OFF_MS;
				long pinged = System.currentTimeMillis();
				while (running) {
					for (String message : queries.receive(c, WAIT_MS)) {
						handle(message);
					}
					if (System.currentTimeMillis() - pinged > PING_EVERY_MS) {
						queries.ping(c);
						pinged = System.currentTimeMillis();
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				connection = null;
				if (!running) {
					return;
				}
				log.warn("No connection for cluster signals ({}); trying again in {} ms", ex.getMessage(), backOff);
				try {
					Thread.sleep(backOff);
				}
				catch (InterruptedException interrupted) {
					return;
				}
				backOff = Math.min(maxBackOffMs, backOff * 2);
			}
		}
		connection = null;
	}

	private void handle(String message) {
		String[] parts = message == null ? new String[0] : message.split(" ", 3);
		if (parts.length == 3 && !parts[0].equals(server)) {
			deliver(parts[1], parts[2]);
		}
	}

	/** Stops listening; the connection is closed here, so the thread need not wait out its read. */
	@Override
	public void close() {
		running = false;
		Connection c = connection;
		if (c != null) {
			try {
				c.close();
			}
			catch (SQLException ex) {
				// closing anyway
			}
		}
		listener.interrupt();
		try {
			listener.join(2_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
