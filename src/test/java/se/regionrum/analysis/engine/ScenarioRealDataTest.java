package se.regionrum.analysis.engine;

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
 * Scenarios on real road shapes (the OSM extracts of {@link RealDataDifferentialTest}, with their
 * own service points) against a fresh analysis of the changed point set, and once per extract
 * against the reference.
 */
class ScenarioRealDataTest {

	@ParameterizedTest
	@ValueSource(strings = { "andorra-2020-05.osm.pbf", "helsinki-centre-2019-04.osm.pbf", "stockholm-sodermalm-2020-07.osm.pbf" })
	void scenariosMatchAFreshAnalysisOnRealExtracts(String file) {
		RoadGraph graph = new OsmRoadNetworkReader().read(AnalysisFixtures.path(file)).graph();
		List<ServicePoint> found = new OsmServicePointReader().read(AnalysisFixtures.path(file));
		ServicePoints points = ServiceTypeIndex.toEngine(found, ServiceTypeIndex.of(found, ServiceTypeIndex.DEFAULT));
		Random random = new Random(file.hashCode());
		Cells cells = RealDataDifferentialTest.lattice(graph, 250, random);
		int[] thresholds = { 2, 5, 10 };
		EngineSettings settings = new EngineSettings(500, 300, 20, thresholds, 2);
		AccessibilityEngine engine = new AccessibilityEngine(graph);
		Accessibility base = engine.analyse(cells, points, settings);
		int[] groups = ScenarioComparison.randomGroups(random, cells.count());
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (int v = 0; v < graph.nodeCount(); v++) {
			minX = Math.min(minX, graph.x(v));
			maxX = Math.max(maxX, graph.x(v));
			minY = Math.min(minY, graph.y(v));
			maxY = Math.max(maxY, graph.y(v));
		}
		double size = Math.max(maxX - minX, maxY - minY);

		for (double share : new double[] { 1, ScenarioEngine.DEFAULT_FULL_SEARCH_SHARE }) {
			ScenarioEngine scenarios = new ScenarioEngine(engine, cells, points, settings, base, share);
			for (int s = 0; s < 6; s++) {
				Scenario scenario = ScenarioComparison.randomScenario(random, points, minX, minY, size);
				Accessibility fresh = engine.analyse(cells, scenario.applyTo(points), settings);
				ScenarioComparison.assertSame(scenarios.evaluate(scenario, groups), base, fresh, scenario, points,
						cells, groups, thresholds);
			}
		}
		ScenarioEngine scenarios = new ScenarioEngine(engine, cells, points, settings, base);
		Scenario scenario = ScenarioComparison.randomScenario(random, points, minX, minY, size);
		Accessibility reference = new ReferenceDijkstra(graph).analyse(cells, scenario.applyTo(points), settings);
		ScenarioComparison.assertSame(scenarios.evaluate(scenario), base, reference, scenario, points, cells, null,
				thresholds);
	}
}
