package se.regionrum.analysis.input;

import java.util.function.Function;

/**
 * The tags of one OSM element as two parallel arrays, looked up by a linear scan: elements carry a
 * handful of tags, so this beats building a map for each of millions of ways.
 */
public final class OsmTags implements Function<String, String> {

	private String[] keys = new String[16];
	private String[] values = new String[16];
	private int size;

	public void clear() {
		size = 0;
	}

	public void add(String key, String value) {
		if (size == keys.length) {
			keys = java.util.Arrays.copyOf(keys, size * 2);
			values = java.util.Arrays.copyOf(values, size * 2);
		}
		keys[size] = key;
		values[size] = value;
		size++;
	}

	/** The value of the key, or null. */
	@Override
	public String apply(String key) {
		for (int i = 0; i < size; i++) {
			if (keys[i].equals(key)) {
				return values[i];
			}
		}
		return null;
	}

	public int size() {
		return size;
	}
}
