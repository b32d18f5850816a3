package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RoadGraphTest {

	@Test
	void islandsAndOneWayDeadEndsAreLeftOut() {
		RoadGraphBuilder builder = new RoadGraphBuilder();
		int a = builder.addNode(0, 0);
		int b = builder.addNode(100, 0);
		int c = builder.addNode(200, 0);
		int sink = builder.addNode(300, 0);
		int islandA = builder.addNode(5000, 5000);
		int islandB = builder.addNode(5100, 5000);
		builder.addRoad(a, b, 10, 100);
		builder.addRoad(b, c, 10, 100);
		builder.addEdge(c, sink, 10, 100); // one way in, no way out
		builder.addRoad(islandA, islandB, 10, 100);

		RoadGraph graph = builder.build();

		assertThat(graph.nodeCount()).isEqualTo(3);
		assertThat(graph.inputNodeCount()).isEqualTo(6);
		assertThat(graph.edgeCount()).isEqualTo(4);
		List<String> edges = new ArrayList<>();
		graph.forEachEdge((from, to, time, m) -> edges.add(time + "/" + m));
		assertThat(edges).containsOnly("10000/100");
	}

	@Test
	void timesAreWholeMillisecondsRoundedToNearestAndNeverZero() {
		assertThat(edgeTimes(0.01)).containsOnly(10);
		assertThat(edgeTimes(0.0004)).containsOnly(1);
		assertThat(edgeTimes(0)).containsOnly(1);
		assertThat(edgeTimes(2.0006)).containsOnly(2001);
		assertThat(edgeTimes(12.3454)).containsOnly(12_345);
	}

	private static List<Integer> edgeTimes(double seconds) {
		RoadGraphBuilder builder = new RoadGraphBuilder();
		builder.addNode(0, 0);
		builder.addNode(1, 0);
		builder.addRoad(0, 1, seconds, 0.4);
		List<Integer> times = new ArrayList<>();
		builder.build().forEachEdge((from, to, time, m) -> times.add(time));
		return times;
	}

	@Test
	void exactSecondsAreKeptPerGraphEdgeWhenAskedFor() {
		Random random = new Random(5);
		RoadGraphBuilder builder = new RoadGraphBuilder().keepExactSeconds();
		for (int i = 0; i < 300; i++) {
			builder.addNode(random.nextDouble() * 1000, random.nextDouble() * 1000);
		}
		for (int i = 0; i < 300; i++) {
			builder.addRoad(i, (i + 1) % 300, random.nextDouble() * 20, 10);
			builder.addEdge(i, random.nextInt(300), random.nextDouble() * 0.002, 1);
		}
		RoadGraph graph = builder.build();
		double[] exact = builder.exactSeconds();

		assertThat(exact).hasSize(graph.edgeCount());
		for (int e = 0; e < graph.edgeCount(); e++) {
			int time = graph.inEdges[e * RoadGraph.EDGE_INTS + 1];
			assertThat(time).as("edge %d", e).isEqualTo(Math.max(1, EngineTime.fromSeconds(exact[e])));
		}
		assertThatThrownBy(() -> new RoadGraphBuilder().exactSeconds()).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void badEdgesAreRefused() {
		RoadGraphBuilder builder = new RoadGraphBuilder();
		builder.addNode(0, 0);
		assertThatThrownBy(() -> builder.addEdge(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
		builder.addNode(1, 1);
		assertThatThrownBy(() -> builder.addEdge(0, 1, -1, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> builder.addEdge(0, 1, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void storedGraphReadsBackTheSame() throws IOException {
		RoadGraph graph = RandomNetworks.graph(new Random(7), 500, 3000, false);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		RoadGraphFiles.write(graph, bytes);

		RoadGraph read = RoadGraphFiles.read(new ByteArrayInputStream(bytes.toByteArray()));

		assertThat(read.nodeCount()).isEqualTo(graph.nodeCount());
		assertThat(read.inputNodeCount()).isEqualTo(graph.inputNodeCount());
		assertThat(read.firstIn).isEqualTo(graph.firstIn);
		assertThat(read.inEdges).isEqualTo(graph.inEdges);
		assertThat(read.x).isEqualTo(graph.x);
		assertThat(read.y).isEqualTo(graph.y);
		assertThatThrownBy(() -> RoadGraphFiles.read(new ByteArrayInputStream(new byte[] { 1, 2, 3, 4 })))
			.isInstanceOf(IOException.class);
	}

	@Test
	void aGraphStoredInDecisecondsLoadsInMilliseconds() throws IOException {
		// the format before milliseconds: "RRG2", edge times in whole deciseconds
		RoadGraph graph = RandomNetworks.graph(new Random(8), 400, 3000, true);
		int[] decisecondEdges = graph.inEdges.clone();
		for (int e = 1; e < decisecondEdges.length; e += RoadGraph.EDGE_INTS) {
			decisecondEdges[e] /= EngineTime.UNITS_PER_DECISECOND;
		}
		ByteBuffer old = ByteBuffer.allocate(16 + 4 * (graph.firstIn.length + decisecondEdges.length + 2 * graph.nodeCount))
			.order(ByteOrder.LITTLE_ENDIAN);
		old.order(ByteOrder.BIG_ENDIAN).putInt(0x52524732).putInt(graph.nodeCount).putInt(decisecondEdges.length);
		old.order(ByteOrder.LITTLE_ENDIAN);
		for (int v : graph.firstIn) {
			old.putInt(v);
		}
		for (int v : decisecondEdges) {
			old.putInt(v);
		}
		for (float v : graph.x) {
			old.putFloat(v);
		}
		for (float v : graph.y) {
			old.putFloat(v);
		}
		old.order(ByteOrder.BIG_ENDIAN).putInt(graph.inputNodeCount);

		RoadGraph read = RoadGraphFiles.read(new ByteArrayInputStream(old.array()));

		assertThat(read.inEdges).isEqualTo(graph.inEdges);
		assertThat(read.firstIn).isEqualTo(graph.firstIn);
		assertThat(read.x).isEqualTo(graph.x);
		assertThat(read.maxEdgeTime).isEqualTo(graph.maxEdgeTime);
		assertThat(read.inputNodeCount()).isEqualTo(graph.inputNodeCount());
	}

	@Test
	void locatorFindsTheSameNodeAsLookingAtAll() {
		Random random = new Random(11);
		RoadGraph graph = RandomNetworks.graph(random, 2000, 20_000, false);
		NodeLocator locator = new NodeLocator(graph, 700);
		for (int q = 0; q < 2000; q++) {
			double x = random.nextDouble() * 22_000 - 1000;
			double y = random.nextDouble() * 22_000 - 1000;
			double max = random.nextDouble() * 1500;
			int expected = -1;
			double best = max * max;
			for (int v = 0; v < graph.nodeCount(); v++) {
				double dx = graph.x(v) - x;
				double dy = graph.y(v) - y;
				double sq = dx * dx + dy * dy;
				if (sq < best || (sq == best && expected >= 0 && v < expected) || (sq == best && expected < 0)) {
					best = sq;
					expected = v;
				}
			}
			assertThat(locator.nearest(x, y, max)).as("query %d at %.0f, %.0f within %.0f", q, x, y, max)
				.isEqualTo(expected);
		}
	}
}
