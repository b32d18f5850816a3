package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * Dial's bucket queue for whole-decisecond times: a ring of buckets one decisecond wide, as many as
 * the longest edge (or starting time) needs, so that every pending entry falls within one turn of
 * the ring. Push and taking the next bucket are constant time, against the logarithm of a heap; entries in a bucket
 * share their time, so their order does not matter to the search. Values are ints (node and slot).
 */
final class BucketQueue {

	private int[][] buckets;
	private int[] sizes;
	private int mask;
	private int currentTime;
	private int cursor;
	private long pending;

	BucketQueue() {
		resize(1024);
	}

	/** Empties the queue and makes room for times up to {@code span} beyond the current one. */
	void reset(int span) {
		int needed = Integer.highestOneBit(Math.max(1, span)) << 1;
		if (needed > buckets.length) {
			resize(needed);
		} else {
			Arrays.fill(sizes, 0);
		}
		currentTime = 0;
		cursor = 0;
		pending = 0;
	}

	private void resize(int count) {
		buckets = new int[count][];
		for (int i = 0; i < count; i++) {
			buckets[i] = new int[8];
		}
		sizes = new int[count];
		mask = count - 1;
	}

	int capacity() {
		return buckets.length;
	}

	void push(int time, int value) {
		int b = time & mask;
		int[] bucket = buckets[b];
		int size = sizes[b];
		if (size == bucket.length) {
			bucket = buckets[b] = Arrays.copyOf(bucket, size * 2);
		}
		bucket[size] = value;
		sizes[b] = size + 1;
		pending++;
	}

	/**
	 * Moves to the next bucket that holds entries, or answers false when none is left. The search
	 * then reads the whole bucket with {@link #current()} and {@link #currentSize()} and calls
	 * {@link #clearCurrent()}; what it pushes meanwhile lands in later buckets.
	 */
	boolean advance() {
		if (pending == 0) {
			return false;
		}
		while (sizes[cursor] == 0) {
			cursor = (cursor + 1) & mask;
			currentTime++;
		}
		return true;
	}

	int[] current() {
		return buckets[cursor];
	}

	int currentSize() {
		return sizes[cursor];
	}

	void clearCurrent() {
		pending -= sizes[cursor];
		sizes[cursor] = 0;
	}

	/** The time of the current bucket. */
	int time() {
		return currentTime;
	}

	/** Starts the clock at the smallest time pushed so far, before the first pop. */
	void startAt(int time) {
		currentTime = time;
		cursor = time & mask;
	}
}
