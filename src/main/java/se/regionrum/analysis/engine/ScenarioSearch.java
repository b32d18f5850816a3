package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * Nearest-source labels of one service type after a scenario, computed from the base labels with
 * as little work as is exact. Labels are (time, metres, source), ordered by time, then metres, then
 * source index, as in {@link NearestTwoSearch}; that order makes the nearest source of every node
 * unique and makes shortest paths consistent: if a node's nearest source is {@code s} by way of
 * a neighbour, the neighbour's nearest is {@code s} too, with the label less that edge.
 * <ol>
 * <li>{@link #repairClosures}: only the nodes whose nearest source closed (the <em>area</em>) can
 * change, and every other node keeps its label, since a closure only takes candidates away. A
 * node of the area reaches its new nearest source along a path whose first node outside the area
 * already holds its final label, or within the area to a source standing in it; so a Dijkstra over
 * the area, seeded from the edges that leave it and from those sources, is exact.</li>
 * <li>{@link #spreadOpenings}: a new source changes exactly the nodes it beats, and each of those
 * reaches it through nodes it beats too; so a search from the new sources that goes on only where
 * it improves a label is exact.</li>
 * </ol>
 * Both give up once they have touched more nodes than the budget; the caller then runs
 * {@link #runFull}, a fresh {@link NearestTwoSearch} of the type. One instance per thread; the
 * changed labels live in an overlay over the base, cleared by the list of touched nodes.
 */
final class ScenarioSearch {

	private static final int INFINITE = NearestTwoSearch.INFINITE;
	private static final byte IN_AREA = 1;
	private static final byte LABELLED = 2;
	private static final byte AREA_SETTLED = 4;
	private static final byte OPENING_SETTLED = 8;

	private final RoadGraph graph;
	/** Per node: time, metres, source, valid where {@link #LABELLED}. */
	private final int[] overlay;
	private final byte[] flags;
	private int[] touched = new int[1024];
	private int touchedCount;
	private final LongMinHeap heap = new LongMinHeap();
	private NearestTwoSearch full;
	private boolean fullRun;
	/** The type's base labels, three ints per node as in {@link ScenarioEngine}. */
	private int[] base;
	private int budget;

	ScenarioSearch(RoadGraph graph) {
		this.graph = graph;
		this.overlay = new int[graph.nodeCount * 3];
		this.flags = new byte[graph.nodeCount];
	}

	/** Starts on one type: its base labels and how many nodes the bounded work may touch. */
	void begin(int[] baseLabels, int touchBudget) {
		clear();
		this.base = baseLabels;
		this.budget = touchBudget;
	}

	/**
	 * Gives the nodes whose nearest source is closed their nearest among the sources left. Answers
	 * false, having stopped, when the area is larger than the budget.
	 *
	 * @param closedNode nodes of the closed sources of this type, with their ids in {@code closedId}
	 * @param keptNode nodes of the sources left (with start time, metres, id)
	 */
	boolean repairClosures(OutgoingEdges out, int[] closedNode, int[] closedId, int[] keptNode, int[] keptTime,
			int[] keptMeters, int[] keptId) {
		// the area: each closed source's own nodes, found from its node along incoming edges
		for (int i = 0; i < closedNode.length; i++) {
			int node = closedNode[i];
			if (base[node * 3 + 2] == closedId[i] && (flags[node] & IN_AREA) == 0) {
				enterArea(node);
			}
		}
		for (int next = 0; next < touchedCount; next++) {
			if (touchedCount > budget) {
				return false;
			}
			int node = touched[next];
			int source = base[node * 3 + 2];
			for (int e = graph.firstIn[node]; e < graph.firstIn[node + 1]; e++) {
				int from = graph.inEdges[e * RoadGraph.EDGE_INTS];
				if ((flags[from] & IN_AREA) == 0 && base[from * 3 + 2] == source) {
					enterArea(from);
				}
			}
		}
		int areaSize = touchedCount;
		if (areaSize > budget) {
			return false;
		}
		seedArea(out, areaSize);
		for (int i = 0; i < keptNode.length; i++) {
			if ((flags[keptNode[i]] & IN_AREA) != 0) {
				offer(keptNode[i], keptTime[i], keptMeters[i], keptId[i]);
			}
		}
		return settleQueue(AREA_SETTLED, IN_AREA);
	}

	private void enterArea(int node) {
		touch(node);
		flags[node] |= IN_AREA | LABELLED;
		int b = node * 3;
		overlay[b] = INFINITE;
		overlay[b + 1] = INFINITE;
		overlay[b + 2] = -1;
	}

	/** Start labels for the area: every edge from an area node to a node outside, which keeps its label. */
	private void seedArea(OutgoingEdges out, int areaSize) {
		for (int i = 0; i < areaSize; i++) {
			int node = touched[i];
			int previous = -1;
			for (int o = out.firstOut[node]; o < out.firstOut[node + 1]; o++) {
				int to = out.to[o];
				// parallel edges list their head twice, side by side; its incoming edges cover both
				if (to == previous || (flags[to] & IN_AREA) != 0 || base[to * 3 + 2] < 0) {
					previous = to;
					continue;
				}
				previous = to;
				int time = base[to * 3];
				int meters = base[to * 3 + 1];
				int source = base[to * 3 + 2];
				for (int e = graph.firstIn[to]; e < graph.firstIn[to + 1]; e++) {
					int edge = e * RoadGraph.EDGE_INTS;
					if (graph.inEdges[edge] == node) {
						offerAlong(node, time, meters, source, edge);
					}
				}
			}
		}
	}

	/**
	 * Lets the new sources take every node they beat. Answers false, having stopped, when the nodes
	 * touched so far pass the budget.
	 */
	boolean spreadOpenings(int[] openedNode, int[] openedTime, int[] openedMeters, int[] openedId) {
		for (int i = 0; i < openedNode.length; i++) {
			offer(openedNode[i], openedTime[i], openedMeters[i], openedId[i]);
		}
		return settleQueue(OPENING_SETTLED, (byte) 0);
	}

	/**
	 * Dijkstra over the queued labels: settles each (edges take one time unit at least, so a label
	 * is final when its time comes up) and offers it onwards to the nodes that carry all of
	 * {@code required}. Answers false, having emptied the queue, once the touched nodes pass the budget.
	 */
	private boolean settleQueue(byte settledFlag, byte required) {
		while (!heap.isEmpty()) {
			if (touchedCount > budget) {
				heap.clear();
				return false;
			}
			long key = heap.pop();
			int node = (int) key;
			int time = (int) (key >>> 32);
			if ((flags[node] & settledFlag) != 0 || overlay[node * 3] != time) {
				continue;
			}
			flags[node] |= settledFlag;
			int meters = overlay[node * 3 + 1];
			int source = overlay[node * 3 + 2];
			for (int e = graph.firstIn[node]; e < graph.firstIn[node + 1]; e++) {
				int edge = e * RoadGraph.EDGE_INTS;
				int from = graph.inEdges[edge];
				if ((flags[from] & (required | settledFlag)) == required) {
					offerAlong(from, time, meters, source, edge);
				}
			}
		}
		return true;
	}

	/** Offers a label carried over one edge, dropped or saturated exactly as {@link NearestTwoSearch} does. */
	private void offerAlong(int node, int time, int meters, int source, int edge) {
		int t = time + graph.inEdges[edge + 1];
		if (t < 0 || t == INFINITE) {
			return;
		}
		int m = meters + graph.inEdges[edge + 2];
		offer(node, t, m < 0 ? Integer.MAX_VALUE : m, source);
	}

	private void offer(int node, int time, int meters, int source) {
		int b = node * 3;
		int[] current = (flags[node] & LABELLED) != 0 ? overlay : base;
		if (!NearestTwoSearch.better(time, meters, source, current[b], current[b + 1], current[b + 2])) {
			return;
		}
		if (flags[node] == 0) {
			touch(node);
		}
		flags[node] |= LABELLED;
		overlay[b] = time;
		overlay[b + 1] = meters;
		overlay[b + 2] = source;
		// pushed even at an unchanged time: the node may have settled in the closure step; a
		// second entry of one time is skipped when it comes up
		heap.push(((long) time << 32) | node);
	}

	private void touch(int node) {
		if (touchedCount == touched.length) {
			touched = Arrays.copyOf(touched, touchedCount * 2);
		}
		touched[touchedCount++] = node;
	}

	/** Runs a fresh search of the type from all its sources after the scenario: the fallback. */
	void runFull(int[] sourceNode, int[] sourceTime, int[] sourceMeters, int[] sourceId) {
		clear();
		if (full == null) {
			full = new NearestTwoSearch(graph);
		}
		full.run(sourceNode, sourceTime, sourceMeters, sourceId);
		fullRun = true;
	}

	/** A search to fill a type's base labels with, kept for the fallback. */
	NearestTwoSearch fullSearch() {
		if (full == null) {
			full = new NearestTwoSearch(graph);
		}
		return full;
	}

	boolean ranFull() {
		return fullRun;
	}

	int time(int node) {
		return fullRun ? full.time(node, 0) : label(node, 0);
	}

	int meters(int node) {
		return fullRun ? full.meters(node, 0) : label(node, 1);
	}

	int source(int node) {
		return fullRun ? full.source(node, 0) : label(node, 2);
	}

	private int label(int node, int field) {
		return (flags[node] & LABELLED) != 0 ? overlay[node * 3 + field] : base[node * 3 + field];
	}

	/** The i-th node the bounded work touched. */
	int touchedNode(int i) {
		return touched[i];
	}

	/** Nodes touched by the bounded work (0 after a full search). */
	int touchedNodes() {
		return touchedCount;
	}

	void clear() {
		for (int i = 0; i < touchedCount; i++) {
			flags[touched[i]] = 0;
		}
		touchedCount = 0;
		heap.clear();
		fullRun = false;
	}
}
