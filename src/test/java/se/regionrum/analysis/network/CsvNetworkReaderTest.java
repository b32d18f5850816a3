package se.regionrum.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionrum.analysis.ImportProblems;
import se.regionrum.analysis.engine.RoadGraph;

class CsvNetworkReaderTest {

	@TempDir
	Path dir;

	@Test
	void readsNodesAndDirectedEdges() throws IOException {
		Path nodes = Files.writeString(dir.resolve("nodes.csv"), "id,lon,lat\na,18.00,59.30\nb,18.01,59.30\n");
		Path edges = Files.writeString(dir.resolve("edges.csv"), "from,to,seconds,meters\na,b,40,560\nb,a,45,560\n");
		RoadGraph graph = new CsvNetworkReader().read(nodes, edges);
		assertThat(graph.nodeCount()).isEqualTo(2);
		assertThat(graph.edgeCount()).isEqualTo(2);
		assertThat(graph.routableCount()).isEqualTo(2);
	}

	@Test
	void problemsOfBothFilesAreReportedTogether() throws IOException {
		Path nodes = Files.writeString(dir.resolve("nodes.csv"), "id,lon,lat\na,18.00,59.30\na,18.01,59.30\nc,181,59\n");
		Path edges = Files.writeString(dir.resolve("edges.csv"), "from,to,seconds,meters\na,x,40,560\na,a,-3,0\n");
		assertThat(ImportProblems.summary(() -> new CsvNetworkReader().read(nodes, edges))).containsExactly(
				"3:id:analysis.import.network.duplicateId", "4:lon:analysis.import.notDegrees",
				"2:to:analysis.import.network.unknownNode", "3:seconds:analysis.import.negative");
	}

	@Test
	void edgesLongerThanADayOr1000KmAreRefusedNamingRowAndColumn() throws IOException {
		Path nodes = Files.writeString(dir.resolve("nodes.csv"), "id,lon,lat\na,18.00,59.30\nb,18.01,59.30\n");
		Path edges = Files.writeString(dir.resolve("edges.csv"),
				"from,to,seconds,meters\na,b,86400,560\nb,a,2000000000,560\na,b,40,1000001\nb,a,40,1e12\n");
		assertThat(ImportProblems.summary(() -> new CsvNetworkReader().read(nodes, edges))).containsExactly(
				"3:seconds:analysis.import.network.implausibleSeconds", "4:meters:analysis.import.network.implausibleMeters",
				"5:meters:analysis.import.network.implausibleMeters");
	}

	@Test
	void wrongHeaderIsReported() throws IOException {
		Path nodes = Files.writeString(dir.resolve("nodes.csv"), "id,x,y\n");
		Path edges = Files.writeString(dir.resolve("edges.csv"), "");
		assertThat(ImportProblems.summary(() -> new CsvNetworkReader().read(nodes, edges)))
			.containsExactly("0:null:analysis.import.file.empty");
		Path edges2 = Files.writeString(dir.resolve("edges2.csv"), "from,to,time\n");
		assertThat(ImportProblems.summary(() -> new CsvNetworkReader().read(nodes, edges2))).containsExactly(
				"1:lon:import.csv.missingColumn", "1:lat:import.csv.missingColumn",
				"1:seconds:import.csv.missingColumn", "1:meters:import.csv.missingColumn");
	}
}
