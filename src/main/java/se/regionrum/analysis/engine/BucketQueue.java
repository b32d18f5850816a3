package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * Dial's bucket queue for whole-decisecond times: a ring of buckets one decisecond wide, as many as
 * the longest edge (or starting time) needs, so that every pending entry falls within one turn of
 * the ring. Push and pop are constant time, against the logarithm of a heap; entries in a bucket
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

	/** The next value (any of those with the smallest time), or -1 when empty; see {@link #time()}. */
	int pop() {
		if (pending == 0) {
			return -1;
		}
		while (sizes[cursor] == 0) {
			cursor = (cursor + 1) & mask;
			currentTime++;
		}
		pending--;
		return buckets[cursor][--sizes[cursor]];
	}

	/** The time of the value last popped. */
	int time() {
		return currentTime;
	}

	/** Starts the clock at the smallest time pushed so far, before the first pop. */
	void startAt(int time) {
		currentTime = time;
		cursor = time & mask;
	}
}
