package se.regionrum.analysis.run;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.analysis.dataset.DataSetQueries;
import se.regionrum.analysis.engine.AccessibilityEngine;

/**
 * Loaded road networks, one {@link AccessibilityEngine} each, so that repeated runs on a network
 * neither read nor unpack its graph again and reuse the engine's search workspaces. Keyed by the
 * network's checksum as well as its id; the least recently used goes when more than two are held,
 * as a national graph takes a few hundred megabytes.
 */
@Component
class EngineCache {

	private static final int CAPACITY = 2;

	private final DataSetQueries data;

	private final Map<String, AccessibilityEngine> engines = new LinkedHashMap<>(4, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, AccessibilityEngine> eldest) {
			return size() > CAPACITY;
		}
	};

	EngineCache(DataSetQueries data) {
		this.data = data;
	}

	synchronized AccessibilityEngine engine(long networkId, String checksum) {
		return engines.computeIfAbsent(networkId + "/" + checksum, key -> new AccessibilityEngine(data.graph(networkId)));
	}

	synchronized boolean holds(long networkId, String checksum) {
		return engines.containsKey(networkId + "/" + checksum);
	}

}
