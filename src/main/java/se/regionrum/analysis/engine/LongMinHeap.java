package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * A 4-ary min-heap of primitive longs: the search packs a label's time into the high half and its
 * node and slot into the low half, so ordering by the long orders by time, with no objects.
 */
final class LongMinHeap {

	private long[] keys = new long[1 << 12];
	private int size;

	boolean isEmpty() {
		return size == 0;
	}

	int size() {
		return size;
	}

	void clear() {
		size = 0;
	}

	/** The smallest key, without taking it; the heap must not be empty. */
	long peek() {
		return keys[0];
	}

	void push(long key) {
		if (size == keys.length) {
			keys = Arrays.copyOf(keys, keys.length * 2);
		}
		int hole = size++;
		while (hole > 0) {
			int parent = (hole - 1) >>> 2;
			long parentKey = keys[parent];
			if (parentKey <= key) {
				break;
			}
			keys[hole] = parentKey;
			hole = parent;
		}
		keys[hole] = key;
	}

	long pop() {
		long top = keys[0];
		long last = keys[--size];
		int hole = 0;
		int n = size;
		while (true) {
			int child = (hole << 2) + 1;
			if (child >= n) {
				break;
			}
			int best = child;
			long bestKey = keys[child];
			int end = Math.min(child + 4, n);
			for (int c = child + 1; c < end; c++) {
				long k = keys[c];
				if (k < bestKey) {
					bestKey = k;
					best = c;
				}
			}
			if (bestKey >= last) {
				break;
			}
			keys[hole] = bestKey;
			hole = best;
		}
		keys[hole] = last;
		return top;
	}
}
