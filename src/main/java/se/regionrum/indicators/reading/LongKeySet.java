package se.regionrum.indicators.reading;

/**
 * A set of non-negative longs in one open-addressing array: eight bytes a key, so that the duplicate
 * check of a million values takes some 16 MB and no object per value.
 */
final class LongKeySet {

	private static final long EMPTY = -1L;

	private long[] keys;

	private int size;

	LongKeySet(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
		keys = new long[capacity];
		java.util.Arrays.fill(keys, EMPTY);
	}

	/** Adds the key; false when it was there already. */
	boolean add(long key) {
		if (size * 2 >= keys.length) {
			grow();
		}
		int mask = keys.length - 1;
		int i = mix(key) & mask;
		while (keys[i] != EMPTY) {
			if (keys[i] == key) {
				return false;
			}
			i = (i + 1) & mask;
		}
		keys[i] = key;
		size++;
		return true;
	}

	int size() {
		return size;
	}

	private void grow() {
		long[] old = keys;
		keys = new long[old.length * 2];
		java.util.Arrays.fill(keys, EMPTY);
		size = 0;
		for (long k : old) {
			if (k != EMPTY) {
				add(k);
			}
		}
	}

	private static int mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}

}
