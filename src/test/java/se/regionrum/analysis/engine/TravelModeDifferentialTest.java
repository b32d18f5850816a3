package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.network.OsmRoadNetworkReader;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.analysis.servicepoint.OsmServicePointReader;
import se.regionrum.analysis.servicepoint.ServicePoint;
import se.regionrum.analysis.servicepoint.ServiceTypeIndex;

/**
 * The engine against the reference on the walking and cycling graphs of the real extracts, as
 * {@link RealDataDifferentialTest} does for the car's: footpaths make denser graphs with many more
 * short edges, and walking's two-way edges a different shape of search.
 */
class TravelModeDifferentialTest {

	@ParameterizedTest
	@CsvSource({ "andorra-2020-05.osm.pbf, WALK", "andorra-2020-05.osm.pbf, BIKE",
			"helsinki-centre-2019-04.osm.pbf, WALK", "helsinki-centre-2019-04.osm.pbf, BIKE",
			"stockholm-sodermalm-2020-07.osm.pbf, WALK", "stockholm-sodermalm-2020-07.osm.pbf, BIKE" })
	void engineMatchesReferenceForEachMode(String file, TravelMode mode) {
		RoadGraph graph = new OsmRoadNetworkReader(mode).read(AnalysisFixtures.path(file)).graph();
		RoadGraph car = new OsmRoadNetworkReader(TravelMode.CAR).read(AnalysisFixtures.path(file)).graph();
		List<ServicePoint> found = new OsmServicePointReader().read(AnalysisFixtures.path(file));
		List<String> types = ServiceTypeIndex.of(found, ServiceTypeIndex.DEFAULT);
		ServicePoints points = ServiceTypeIndex.toEngine(found, types);
		Cells cells = RealDataDifferentialTest.lattice(graph, 250, new Random(file.hashCode() + mode.ordinal()));
		EngineSettings settings = new EngineSettings(500, 300, mode.connectorSpeedKmh(), new int[] { 5, 15, 30 }, 2);

		Accessibility fast = new AccessibilityEngine(graph).analyse(cells, points, settings);
		Accessibility reference = new ReferenceDijkstra(graph).analyse(cells, points, settings);

		EngineComparison.assertSame(fast, reference, points.count());
		assertThat(cells.count()).isGreaterThan(10);
		// footways and paths come on top of the roads
		assertThat(graph.edgeCount()).isGreaterThan(car.edgeCount());
	}

}
