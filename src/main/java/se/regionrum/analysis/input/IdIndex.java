package se.regionrum.analysis.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Ids, as a CSV file writes them, to numbers from 0, for files that name their rows by id and
 * refer to them from another file (a network's nodes and edges). An id is kept as its UTF-8
 * bytes, so that {@link CsvTable.Row#find} looks a plain row's field up straight from the file's
 * bytes: an edge file names two nodes on each of its million rows.
 */
public final class IdIndex {

	private byte[] keyBytes = new byte[1 << 16];
	private int keyLength;
	private int[] keyStart = new int[1024];
	private int[] value = new int[1024];
	private int size;
	/** Open addressing: entry + 1, or 0 for a free slot. */
	private int[] slots = new int[2048];

	/** The number of the id, or -1 when it has none. */
	public int get(String id) {
		byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
		return get(bytes, 0, bytes.length);
	}

	/** Gives the id its number, unless it has one already (then false). */
	public boolean put(String id, int number) {
		byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
		int hash = hash(bytes, 0, bytes.length);
		int mask = slots.length - 1;
		for (int slot = hash & mask;; slot = (slot + 1) & mask) {
			int entry = slots[slot] - 1;
			if (entry < 0) {
				add(bytes, number);
				slots[slot] = size;
				if (size * 2 > slots.length) {
					rehash();
				}
				return true;
			}
			if (same(entry, bytes, 0, bytes.length)) {
				return false;
			}
		}
	}

	public int size() {
		return size;
	}

	int get(byte[] bytes, int from, int to) {
		int mask = slots.length - 1;
		for (int slot = hash(bytes, from, to) & mask;; slot = (slot + 1) & mask) {
			int entry = slots[slot] - 1;
			if (entry < 0) {
				return -1;
			}
			if (same(entry, bytes, from, to)) {
				return value[entry];
			}
		}
	}

	private void add(byte[] bytes, int number) {
		if (size + 1 >= keyStart.length) {
			keyStart = Arrays.copyOf(keyStart, keyStart.length * 2);
			value = Arrays.copyOf(value, value.length * 2);
		}
		if (keyLength + bytes.length > keyBytes.length) {
			keyBytes = Arrays.copyOf(keyBytes, Math.max(keyBytes.length * 2, keyLength + bytes.length));
		}
		System.arraycopy(bytes, 0, keyBytes, keyLength, bytes.length);
		keyStart[size] = keyLength;
		keyLength += bytes.length;
		keyStart[size + 1] = keyLength;
		value[size] = number;
		size++;
	}

	private boolean same(int entry, byte[] bytes, int from, int to) {
		int start = keyStart[entry];
		int end = keyStart[entry + 1];
		return end - start == to - from && Arrays.equals(keyBytes, start, end, bytes, from, to);
	}

	private void rehash() {
		slots = new int[slots.length * 2];
		int mask = slots.length - 1;
		for (int entry = 0; entry < size; entry++) {
			int slot = hash(keyBytes, keyStart[entry], keyStart[entry + 1]) & mask;
			while (slots[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			slots[slot] = entry + 1;
		}
	}

	/** FNV-1a, then mixed so that ids differing in their last digits spread over the table. */
	private static int hash(byte[] bytes, int from, int to) {
		int h = 0x811c9dc5;
		for (int i = from; i < to; i++) {
			h = (h ^ bytes[i]) * 0x01000193;
		}
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		return h;
	}
}
