package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.network.OsmRoadNetworkReader;
import se.regionrum.analysis.servicepoint.OsmServicePointReader;
import se.regionrum.analysis.servicepoint.ServicePoint;
import se.regionrum.analysis.servicepoint.ServiceTypeIndex;

/**
 * The engine against the reference on real road shapes: each extract's car graph, a 250 m lattice
 * of cells with random populations over its routable nodes, and its own OSM service points (in
 * Helsinki no fuel station, so one type has no point at all).
 */
class RealDataDifferentialTest {

	@ParameterizedTest
	@ValueSource(strings = { "andorra-2020-05.osm.pbf", "helsinki-centre-2019-04.osm.pbf", "stockholm-sodermalm-2020-07.osm.pbf" })
	void engineMatchesReferenceOnRealExtracts(String file) {
		RoadGraph graph = new OsmRoadNetworkReader().read(AnalysisFixtures.path(file)).graph();
		List<ServicePoint> found = new OsmServicePointReader().read(AnalysisFixtures.path(file));
		List<String> types = ServiceTypeIndex.of(found, ServiceTypeIndex.DEFAULT);
		ServicePoints points = ServiceTypeIndex.toEngine(found, types);
		Cells cells = lattice(graph, 250, new Random(file.hashCode()));
		EngineSettings settings = new EngineSettings(500, 300, 20, new int[] { 2, 5, 10 }, 2);

		Accessibility fast = new AccessibilityEngine(graph).analyse(cells, points, settings);
		Accessibility reference = new ReferenceDijkstra(graph).analyse(cells, points, settings);

		EngineComparison.assertSame(fast, reference, points.count());
		assertThat(cells.count()).isGreaterThan(10);
		if (file.startsWith("helsinki")) {
			int fuel = types.indexOf("fuel");
			for (int c = 0; c < cells.count(); c++) {
				assertThat(fast.time(fuel, c)).isEqualTo(Accessibility.UNREACHABLE);
			}
		}
	}

	static Cells lattice(RoadGraph graph, double size, Random random) {
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (int v = 0; v < graph.nodeCount(); v++) {
			if (graph.routable(v)) {
				minX = Math.min(minX, graph.x(v));
				maxX = Math.max(maxX, graph.x(v));
				minY = Math.min(minY, graph.y(v));
				maxY = Math.max(maxY, graph.y(v));
			}
		}
		int columns = (int) Math.ceil((maxX - minX) / size) + 1;
		int rows = (int) Math.ceil((maxY - minY) / size) + 1;
		int n = columns * rows;
		double[] x = new double[n];
		double[] y = new double[n];
		int[] population = new int[n];
		int[][] ages = new int[1][n];
		for (int i = 0; i < n; i++) {
			x[i] = minX + (i % columns) * size;
			y[i] = minY + (i / columns) * size;
			population[i] = random.nextInt(300);
			ages[0][i] = random.nextInt(population[i] + 1);
		}
		return new Cells(x, y, population, List.of("70+"), ages);
	}
}
