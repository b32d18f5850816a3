package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
		graph.forEachEdge((from, to, ds, m) -> edges.add(ds + "/" + m));
		assertThat(edges).containsOnly("100/100");
	}

	@Test
	void timesAreWholeDecisecondsAndNeverZero() {
		RoadGraphBuilder builder = new RoadGraphBuilder();
		builder.addNode(0, 0);
		builder.addNode(1, 0);
		builder.addRoad(0, 1, 0.01, 0.4);
		List<Integer> times = new ArrayList<>();
		builder.build().forEachEdge((from, to, ds, m) -> times.add(ds));
		assertThat(times).containsOnly(1);
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
