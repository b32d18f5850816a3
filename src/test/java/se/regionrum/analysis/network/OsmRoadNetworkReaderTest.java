package se.regionrum.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.ImportProblems;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.engine.RoadGraph;

class OsmRoadNetworkReaderTest {

	@ParameterizedTest
	@CsvSource({ "andorra-2020-05.osm.pbf, 3000, 6000, 20000", "helsinki-centre-2019-04.osm.pbf, 800, 1300, 1500",
			"stockholm-sodermalm-2020-07.osm.pbf, 25, 50, 150" })
	void importsEachExtractWithOneWayStreets(String file, int minNodes, int minEdges, int minWayNodes) {
		OsmRoadNetworkReader.Result result = new OsmRoadNetworkReader().read(AnalysisFixtures.path(file));
		RoadGraph graph = result.graph();
		assertThat(result.routableNodes()).isEqualTo(graph.nodeCount()).isGreaterThan(minNodes);
		assertThat(result.graphEdges()).isEqualTo(graph.edgeCount()).isGreaterThan(minEdges);
		assertThat(result.wayNodes()).isGreaterThan(minWayNodes).isGreaterThan(result.graphNodes());
		assertThat(result.graphNodes()).isGreaterThanOrEqualTo(result.routableNodes());
		assertThat(result.waysUsed()).isPositive().isLessThan((int) result.waysRead());
		assertThat(oneWayEdges(graph)).as("edges without a reverse edge").isPositive();
		graph.forEachEdge((from, to, time, meters) -> {
			// no car edge is faster than the motorway speed; the graph rounds metres to whole ones and
			// times to whole milliseconds, which on an edge of a metre or two moves the quotient a lot
			double fastest = (meters - 0.5) / ((time + 0.5) / EngineTime.UNITS_PER_SECOND);
			assertThat(fastest).isLessThanOrEqualTo(110 / 3.6 + 0.5);
		});
	}

	@Test
	void privateRoadsAreLeftOut() {
		Path andorra = AnalysisFixtures.path("andorra-2020-05.osm.pbf");
		int withoutPrivate = new OsmRoadNetworkReader().read(andorra).waysUsed();
		int withPrivate = new OsmRoadNetworkReader(CarProfile.defaults().withClosedAccess(Set.of("no"))).read(andorra)
			.waysUsed();
		assertThat(withPrivate).isGreaterThan(withoutPrivate);
	}

	@Test
	void truncatedFileIsRejected(@TempDir Path dir) throws IOException {
		byte[] whole = Files.readAllBytes(AnalysisFixtures.path("andorra-2020-05.osm.pbf"));
		Path cut = Files.write(dir.resolve("cut.osm.pbf"), Arrays.copyOf(whole, whole.length / 2));
		assertThat(ImportProblems.summary(() -> new OsmRoadNetworkReader().read(cut)))
			.containsExactly("0:null:analysis.import.pbf.truncated");
	}

	@Test
	void fileThatIsNotPbfIsRejected(@TempDir Path dir) throws IOException {
		Path text = Files.writeString(dir.resolve("roads.osm.pbf"), "<osm version=\"0.6\"></osm>\n".repeat(40));
		Path empty = Files.write(dir.resolve("empty.osm.pbf"), new byte[0]);
		assertThat(ImportProblems.summary(() -> new OsmRoadNetworkReader().read(text))).singleElement()
			.asString()
			.startsWith("0:null:analysis.import.pbf.");
		assertThat(ImportProblems.summary(() -> new OsmRoadNetworkReader().read(empty)))
			.containsExactly("0:null:analysis.import.file.empty");
	}

	private static int oneWayEdges(RoadGraph graph) {
		Set<Long> edges = new HashSet<>();
		graph.forEachEdge((from, to, ds, m) -> edges.add(((long) from << 32) | to));
		int[] oneWay = new int[1];
		graph.forEachEdge((from, to, ds, m) -> {
			if (!edges.contains(((long) to << 32) | from)) {
				oneWay[0]++;
			}
		});
		return oneWay[0];
	}
}
