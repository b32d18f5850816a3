package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * Dial's bucket queue with exact times inside each bucket: a ring of buckets {@link #WIDTH} units
 * (a decisecond) wide, as many as the longest edge (or starting time) needs, so that every pending
 * entry falls within one turn of the ring. Entries are longs, the exact time in the high half and
 * the value (node and slot) in the low half, so sorting them orders them by time.
 * <p>
 * Buckets are coarser than the unit, so entries of one bucket differ in time, and an edge shorter
 * than a bucket can land in the bucket being settled. Where the graph has such edges, the current
 * bucket is sorted when it is reached (a dozen entries or so), and what is pushed into it meanwhile
 * goes to a small heap; the search settles the sorted entries and takes each arrival before the
 * first entry later than it ({@link #arrivalBefore(long)}), so entries come out in exact time order,
 * as from one heap. Where every edge takes a bucket's width or more, nothing can arrive in the
 * current bucket and all its labels are final when it is reached, so its order does not matter and
 * it is not sorted (Dial's classic condition).
 */
final class BucketQueue {

	/** Units of time per bucket. */
	static final int WIDTH = EngineTime.UNITS_PER_DECISECOND;

	private static final long VALUE_BITS = 0xFFFFFFFFL;

	private long[][] buckets;
	private int[] sizes;
	private int mask;
	/** Number (time / WIDTH) of the current bucket, and its place in the ring. */
	private int currentBucket;
	private int cursor;
	/** Entries in the ring, the current bucket's included until it is finished. */
	private long pending;
	private boolean sorted;
	private boolean settling;
	private final LongMinHeap arrivals = new LongMinHeap();

	BucketQueue() {
		resize(1024);
	}

	/** Buckets needed for times up to {@code span} units beyond the current one. */
	static int bucketsFor(long span) {
		return (int) Math.min(Integer.MAX_VALUE, span / WIDTH + 2);
	}

	/**
	 * Empties the queue and makes room for {@code bucketCount} buckets (see {@link #bucketsFor});
	 * {@code shortestEdge} decides whether buckets must be sorted.
	 */
	void reset(int bucketCount, int shortestEdge) {
		sorted = shortestEdge < WIDTH;
		int needed = Integer.highestOneBit(Math.max(1, bucketCount)) << 1;
		if (needed > buckets.length) {
			resize(needed);
		} else {
			Arrays.fill(sizes, 0);
		}
		currentBucket = 0;
		cursor = 0;
		pending = 0;
		settling = false;
		arrivals.clear();
	}

	private void resize(int count) {
		buckets = new long[count][];
		for (int i = 0; i < count; i++) {
			buckets[i] = new long[8];
		}
		sizes = new int[count];
		mask = count - 1;
	}

	int capacity() {
		return buckets.length;
	}

	void push(int time, int value) {
		long key = ((long) time << 32) | (value & VALUE_BITS);
		int number = time / WIDTH;
		if (settling && number == currentBucket) {
			arrivals.push(key);
			return;
		}
		int b = number & mask;
		long[] bucket = buckets[b];
		int size = sizes[b];
		if (size == bucket.length) {
			bucket = buckets[b] = Arrays.copyOf(bucket, size * 2);
		}
		bucket[size] = key;
		sizes[b] = size + 1;
		pending++;
	}

	/**
	 * Moves to the next bucket that holds entries (sorted where it must be), or answers false when
	 * none is left. The search reads it with {@link #current()} and {@link #currentSize()}, takes
	 * arrivals as {@link #arrivalBefore(long)} says, and ends it with {@link #finishCurrent()}.
	 */
	boolean advance() {
		if (pending == 0) {
			return false;
		}
		while (sizes[cursor] == 0) {
			cursor = (cursor + 1) & mask;
			currentBucket++;
		}
		if (sorted) {
			Arrays.sort(buckets[cursor], 0, sizes[cursor]);
		}
		settling = true;
		return true;
	}

	long[] current() {
		return buckets[cursor];
	}

	int currentSize() {
		return sizes[cursor];
	}

	/** Whether an entry pushed into the current bucket is due before the given one (or at all, for -1). */
	boolean arrivalBefore(long key) {
		return !arrivals.isEmpty() && (key < 0 || arrivals.peek() < key);
	}

	long popArrival() {
		return arrivals.pop();
	}

	/** Empties the current bucket once it is settled. */
	void finishCurrent() {
		pending -= sizes[cursor];
		sizes[cursor] = 0;
		settling = false;
	}

	/** Starts the clock at the smallest time pushed so far, before the first {@link #advance()}. */
	void startAt(int time) {
		currentBucket = time / WIDTH;
		cursor = currentBucket & mask;
	}

	static int time(long key) {
		return (int) (key >>> 32);
	}

	static int value(long key) {
		return (int) key;
	}
}
