package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reduced graph against plain Dijkstra on the whole graph: random networks with chains of
 * two-neighbour nodes (some one-way, some with parallel edges) and dead-end trees hung on them.
 */
class GainGraphTest {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void timesBetweenRemainingNodesAndTheReachedSetsAreThoseOfTheWholeGraph(long seed) {
		Random random = new Random(seed);
		RoadGraph graph = chainedNetwork(random);
		int n = graph.nodeCount;
		boolean[] stays = new boolean[n];
		for (int v = 0; v < n; v++) {
			stays[v] = random.nextInt(seed % 2 == 0 ? 4 : 12) == 0;
		}
		GainGraph reduced = GainGraph.of(graph, stays);
		assertThat(reduced.nodeCount).isLessThan(n * 3 / 4);
		for (int v = 0; v < n; v++) {
			if (stays[v]) {
				assertThat(reduced.nodeOf(v)).as("node %d stays", v).isGreaterThanOrEqualTo(0);
			}
			if (reduced.nodeOf(v) >= 0) {
				assertThat(reduced.graphNode[reduced.nodeOf(v)]).isEqualTo(v);
			}
		}

		// bounds: times to a few sources, so that they obey the triangle inequality as the engine's do
		int[] bound = new int[n];
		Arrays.fill(bound, NearestTwoSearch.INFINITE);
		for (int k = 0; k < 3; k++) {
			long[] fromSource = timesTo(graph, random.nextInt(n), 0);
			for (int v = 0; v < n; v++) {
				bound[v] = (int) Math.min(bound[v], fromSource[v]);
			}
		}
		GainSearch search = new GainSearch(reduced);
		search.bind(bound);
		for (int here = 0; here < reduced.nodeCount; here++) {
			int start = reduced.graphNode[here];
			int startTime = random.nextInt(3) * 500;
			long[] exact = timesTo(graph, start, startTime);
			search.run(start, startTime, NearestTwoSearch.INFINITE);
			int[] found = new int[n];
			Arrays.fill(found, -1);
			for (int i = 0; i < search.reachedCount(); i++) {
				found[search.reachedNode(i)] = search.reachedTime(i);
			}
			for (int v = 0; v < n; v++) {
				if (reduced.nodeOf(v) < 0) {
					assertThat(found[v]).isEqualTo(-1);
				} else if (exact[v] < bound[v]) {
					assertThat(found[v]).as("time from %d to %d", start, v).isEqualTo((int) exact[v]);
				} else {
					assertThat(found[v]).as("%d is no better from %d", v, start).isEqualTo(-1);
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 11, 12 })
	void aSearchFromANodeLeftOutIsRefused(long seed) {
		RoadGraph graph = chainedNetwork(new Random(seed));
		GainGraph reduced = GainGraph.of(graph, new boolean[graph.nodeCount]);
		int leftOut = 0;
		while (reduced.nodeOf(leftOut) >= 0) {
			leftOut++;
		}
		GainSearch search = new GainSearch(reduced);
		int[] bound = new int[graph.nodeCount];
		Arrays.fill(bound, NearestTwoSearch.INFINITE);
		search.bind(bound);
		int node = leftOut;
		assertThatThrownBy(() -> search.run(node, 0, NearestTwoSearch.INFINITE))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** A random network whose roads are split into chains, with dead-end trees on some nodes. */
	private static RoadGraph chainedNetwork(Random random) {
		RoadGraphBuilder builder = new RoadGraphBuilder();
		int junctions = 60 + random.nextInt(60);
		double size = 3000;
		for (int i = 0; i < junctions; i++) {
			builder.addNode(random.nextDouble() * size, random.nextDouble() * size);
		}
		for (int i = 1; i < junctions; i++) {
			// a tree joining every junction, then some extra roads for cycles
			chain(builder, random, i, random.nextInt(i));
		}
		for (int k = 0; k < junctions / 2; k++) {
			chain(builder, random, random.nextInt(junctions), random.nextInt(junctions));
		}
		int nodes = builder.nodeCount();
		for (int k = 0; k < nodes / 5; k++) {
			// a dead-end tree of up to four nodes, each hung on a node before it
			int on = random.nextInt(builder.nodeCount());
			for (int d = 0; d < 1 + random.nextInt(4); d++) {
				int leaf = builder.addNode(builder.x(on) + random.nextDouble() * 50, builder.y(on) + random.nextDouble() * 50);
				builder.addRoad(on, leaf, 1 + random.nextInt(60), 20);
				on = random.nextBoolean() ? leaf : on;
			}
		}
		return builder.build();
	}

	/** Joins {@code a} and {@code b} through 0 to 5 new nodes; sometimes one-way, sometimes doubled. */
	private static void chain(RoadGraphBuilder builder, Random random, int a, int b) {
		if (a == b) {
			return;
		}
		int between = random.nextInt(6);
		boolean oneWay = random.nextInt(4) == 0;
		int previous = a;
		for (int k = 0; k <= between; k++) {
			int next = k == between ? b
					: builder.addNode((builder.x(a) + builder.x(b)) / 2 + k, (builder.y(a) + builder.y(b)) / 2 + k);
			double seconds = 0.5 + random.nextInt(40) + random.nextInt(1000) / 1000.0;
			if (oneWay) {
				builder.addEdge(previous, next, seconds, 10);
			} else {
				builder.addRoad(previous, next, seconds, 10);
			}
			if (random.nextInt(10) == 0) {
				builder.addEdge(previous, next, seconds + random.nextInt(3), 10);
			}
			previous = next;
		}
	}

	/** Plain Dijkstra over incoming edges from {@code source}: every node's time to it. */
	private static long[] timesTo(RoadGraph graph, int source, int startTime) {
		long[] time = new long[graph.nodeCount];
		Arrays.fill(time, NearestTwoSearch.INFINITE);
		time[source] = startTime;
		PriorityQueue<long[]> queue = new PriorityQueue<>((p, q) -> Long.compare(p[0], q[0]));
		queue.add(new long[] { startTime, source });
		while (!queue.isEmpty()) {
			long[] top = queue.poll();
			int v = (int) top[1];
			if (top[0] != time[v]) {
				continue;
			}
			for (int e = graph.firstIn[v]; e < graph.firstIn[v + 1]; e++) {
				int from = graph.inEdges[e * RoadGraph.EDGE_INTS];
				long sum = time[v] + graph.inEdges[e * RoadGraph.EDGE_INTS + 1];
				if (sum < time[from]) {
					time[from] = sum;
					queue.add(new long[] { sum, from });
				}
			}
		}
		return time;
	}
}
