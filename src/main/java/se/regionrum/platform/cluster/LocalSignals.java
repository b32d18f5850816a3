package se.regionrum.platform.cluster;

import se.regionrum.platform.ClusterSignals;

/**
 * Cluster signals on H2, where no other process shares the database: nothing is sent, and the
 * tests' second server (same JVM, same in-memory database) notices changes by its subscribers'
 * polling.
 */
final class LocalSignals extends ClusterSignals {

	@Override
	protected void send(String channel, String payload) {
		// nobody to tell
	}

}
