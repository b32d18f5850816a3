package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * Multi-source shortest-path search that gives every node its nearest <em>and</em> second-nearest
 * distinct source, over incoming edges (so times run from the node to the source).
 * <p>
 * Each node holds two label slots of (time, metres, source), ordered by time, then metres, then
 * source index: the order that also breaks ties, so the result equals the textbook one exactly.
 * Times are in {@link EngineTime} units (milliseconds). A slot is settled when its queue entry comes
 * up, in exact time order; a node is done after two settled slots. Edge times are at least one unit,
 * so every candidate made after a label settles is strictly later than it: settled labels are
 * final, and a label can be improved in place at equal time (fewer metres, lower source) without a
 * new queue entry. The second-nearest label is what makes closure impact exact in one pass: if a
 * node's nearest point closes, its new nearest is its second.
 * <p>
 * Sums never wrap: a time that would reach {@link #INFINITE} (about 24.8 days) leaves the node
 * unreachable that way, and metres stop at {@code Integer.MAX_VALUE}. Edges are at most a day and
 * 1,000 km ({@link RoadGraphBuilder}), so only a route of about 25 day-long edges, or thousands of
 * long ones, comes near either.
 * <p>
 * The state lives in arrays reused between runs; one instance per thread.
 */
public final class NearestTwoSearch {

	public static final int INFINITE = Integer.MAX_VALUE;
	private static final int LABEL_INTS = 6;
	private static final byte FIRST_SETTLED = 1;
	private static final byte SECOND_SETTLED = 2;

	private final RoadGraph graph;
	/** Per node: time0, metres0, source0, time1, metres1, source1. */
	private final int[] labels;
	private final byte[] settled;
	/** Beyond this many buckets (a decisecond each) of edge or start time a ring is too large: use the heap. */
	private static final int MAX_BUCKETS = 1 << 16;

	private final LongMinHeap heap = new LongMinHeap();
	private final BucketQueue buckets = new BucketQueue();
	private boolean useBuckets;
	private long settledLabels;
	private long relaxedEdges;
	/** Keeps the JIT from dropping the loads of {@link #touch}; its value means nothing. */
	@SuppressWarnings("unused")
	private int touched;

	public NearestTwoSearch(RoadGraph graph) {
		this.graph = graph;
		this.labels = new int[graph.nodeCount * LABEL_INTS];
		this.settled = new byte[graph.nodeCount];
	}

	/**
	 * Runs the search from the given sources: node, starting time ({@link EngineTime} units) and
	 * metres (the stretch from the source's place to its node), and the source's id, which must be
	 * distinct per source and is the last tie-breaker.
	 */
	public void run(int[] sourceNode, int[] sourceTime, int[] sourceMeters, int[] sourceId) {
		int firstStart = INFINITE;
		int lastStart = 0;
		for (int t : sourceTime) {
			firstStart = Math.min(firstStart, t);
			lastStart = Math.max(lastStart, t);
		}
		int span = BucketQueue.bucketsFor(Math.max(graph.maxEdgeTime, lastStart - Math.min(firstStart, lastStart)));
		useBuckets = span <= MAX_BUCKETS;
		reset(span);
		for (int i = 0; i < sourceNode.length; i++) {
			offer(sourceNode[i], sourceTime[i], sourceMeters[i], sourceId[i]);
		}
		if (useBuckets && sourceNode.length > 0) {
			buckets.startAt(firstStart);
		}
		if (useBuckets) {
			runBuckets();
		} else {
			runHeap();
		}
	}

	/**
	 * Bucket by bucket. Nearly all entries of a bucket are known before the first is settled (only
	 * edges shorter than a bucket add to it meanwhile), so a first sweep touches the memory they will
	 * need, with many loads in flight at once, and the second settles them, in exact time order, from
	 * the cache: on a national network the search is bound by memory latency, not by arithmetic.
	 */
	private void runBuckets() {
		while (buckets.advance()) {
			long[] entries = buckets.current();
			int size = buckets.currentSize();
			touch(entries, size);
			for (int i = 0; i < size; i++) {
				long key = entries[i];
				while (buckets.arrivalBefore(key)) {
					settle(buckets.popArrival());
				}
				settle(key);
			}
			while (buckets.arrivalBefore(-1)) {
				settle(buckets.popArrival());
			}
			buckets.finishCurrent();
		}
	}

	private void runHeap() {
		while (!heap.isEmpty()) {
			settle(heap.pop());
		}
	}

	private void touch(long[] entries, int size) {
		final int[] firstIn = graph.firstIn;
		final int[] inEdges = graph.inEdges;
		int sum = 0;
		for (int i = 0; i < size; i++) {
			int node = BucketQueue.value(entries[i]) >>> 1;
			sum += labels[node * LABEL_INTS] + settled[node];
			int end = firstIn[node + 1];
			for (int e = firstIn[node]; e < end; e++) {
				int from = inEdges[e * RoadGraph.EDGE_INTS];
				sum += labels[from * LABEL_INTS] + settled[from];
			}
		}
		touched += sum;
	}

	/**
	 * Settles a queue entry (time in the high half, node and slot in the low) if it is still current,
	 * and offers its label to the node's predecessors.
	 */
	private void settle(long key) {
		int entry = BucketQueue.value(key);
		int time = BucketQueue.time(key);
		int node = entry >>> 1;
		int slot = entry & 1;
		int base = node * LABEL_INTS + slot * 3;
		byte mask = slot == 0 ? FIRST_SETTLED : SECOND_SETTLED;
		if ((settled[node] & mask) != 0 || labels[base] != time) {
			return;
		}
		settled[node] |= mask;
		settledLabels++;
		int meters = labels[base + 1];
		int source = labels[base + 2];
		final int[] firstIn = graph.firstIn;
		final int[] inEdges = graph.inEdges;
		int end = firstIn[node + 1];
		for (int e = firstIn[node]; e < end; e++) {
			int edge = e * RoadGraph.EDGE_INTS;
			int from = inEdges[edge];
			if (settled[from] == (FIRST_SETTLED | SECOND_SETTLED)) {
				continue;
			}
			int t = time + inEdges[edge + 1];
			if (t < 0 || t == INFINITE) {
				// past what an int of milliseconds holds (24.8 days): no real route, so unreachable this way
				continue;
			}
			int m = meters + inEdges[edge + 2];
			// metres only order equal times and are reported; past the int range they stay at its end
			offer(from, t, m < 0 ? Integer.MAX_VALUE : m, source);
			relaxedEdges++;
		}
	}

	private void reset(int span) {
		Arrays.fill(labels, INFINITE);
		for (int i = 2; i < labels.length; i += 3) {
			labels[i] = -1;
		}
		Arrays.fill(settled, (byte) 0);
		heap.clear();
		if (useBuckets) {
			buckets.reset(span, graph.minEdgeTime);
		}
	}

	/** Offers a label (time, metres, source) to a node's two slots. */
	private void offer(int node, int time, int meters, int source) {
		int[] l = labels;
		int b = node * LABEL_INTS;
		byte state = settled[node];
		if ((state & SECOND_SETTLED) != 0) {
			// the second slot settles only once the first is final too (equal times, see class note)
			return;
		}
		if ((state & FIRST_SETTLED) != 0) {
			if (source != l[b + 2] && better(time, meters, source, l[b + 3], l[b + 4], l[b + 5])) {
				setSlot(node, 1, time, meters, source);
			}
			return;
		}
		if (source == l[b + 2]) {
			if (better(time, meters, source, l[b], l[b + 1], l[b + 2])) {
				setSlot(node, 0, time, meters, source);
			}
			return;
		}
		if (source == l[b + 5]) {
			if (better(time, meters, source, l[b + 3], l[b + 4], l[b + 5])) {
				if (better(time, meters, source, l[b], l[b + 1], l[b + 2])) {
					// the second slot's source overtakes the first: swap them
					int t0 = l[b], m0 = l[b + 1], s0 = l[b + 2];
					setSlot(node, 0, time, meters, source);
					setSlot(node, 1, t0, m0, s0);
				} else {
					setSlot(node, 1, time, meters, source);
				}
			}
			return;
		}
		if (better(time, meters, source, l[b], l[b + 1], l[b + 2])) {
			int t0 = l[b], m0 = l[b + 1], s0 = l[b + 2];
			setSlot(node, 0, time, meters, source);
			if (s0 >= 0) {
				setSlot(node, 1, t0, m0, s0);
			}
		} else if (better(time, meters, source, l[b + 3], l[b + 4], l[b + 5])) {
			setSlot(node, 1, time, meters, source);
		}
	}

	private void setSlot(int node, int slot, int time, int meters, int source) {
		int b = node * LABEL_INTS + slot * 3;
		int oldTime = labels[b];
		labels[b] = time;
		labels[b + 1] = meters;
		labels[b + 2] = source;
		if (time != oldTime) {
			if (useBuckets) {
				buckets.push(time, (node << 1) | slot);
			} else {
				heap.push(((long) time << 32) | (((node << 1) | slot) & 0xFFFFFFFFL));
			}
		}
	}

	/** The engine's label order, which also breaks ties: time, then metres, then source (-1, none, comes last). */
	static boolean better(int t, int m, int s, int otherT, int otherM, int otherS) {
		if (t != otherT) {
			return t < otherT;
		}
		if (m != otherM) {
			return m < otherM;
		}
		return otherS < 0 || s < otherS;
	}

	/** Time ({@link EngineTime} units) from the node to its nearest (slot 0) or second-nearest (slot 1) source. */
	public int time(int node, int slot) {
		return labels[node * LABEL_INTS + slot * 3];
	}

	public int meters(int node, int slot) {
		return labels[node * LABEL_INTS + slot * 3 + 1];
	}

	/** The source's id, or -1 where no source is reachable. */
	public int source(int node, int slot) {
		return labels[node * LABEL_INTS + slot * 3 + 2];
	}

	public long settledLabels() {
		return settledLabels;
	}

	public long relaxedEdges() {
		return relaxedEdges;
	}
}
