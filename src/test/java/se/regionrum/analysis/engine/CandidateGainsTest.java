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
 * Every candidate's gains against the plain way: the analysis rerun with the candidate added as
 * one more point of the type, every cell compared.
 */
class CandidateGainsTest {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })
	void gainsEqualARerunWithTheCandidateAddedOnRandomGraphs(long seed) {
		Random random = new Random(seed);
		boolean coarse = seed % 2 == 0;
		double size = 5000;
		RoadGraph graph = RandomNetworks.graph(random, 50 + random.nextInt(250), size, coarse, seed % 5 == 0);
		Cells cells = RandomNetworks.cells(random, 20 + random.nextInt(100), size, (int) (seed % 3));
		// seed 3: no point of type 0 at all, so every reached cell is newly reached
		ServicePoints points = RandomNetworks.points(random, seed == 3 ? 0 : 1 + random.nextInt(12), 2, size);
		EngineSettings settings = new EngineSettings(400 + random.nextInt(800), 300 + random.nextInt(600), 20,
				new int[] { 1, 3, 6 }, 2);
		int type = 0;
		double[] x = new double[15];
		double[] y = new double[15];
		for (int i = 0; i < x.length; i++) {
			x[i] = random.nextDouble() * size;
			y[i] = random.nextDouble() * size;
		}
		// two candidates at one place: searched once, reported twice
		x[14] = x[13];
		y[14] = y[13];
		assertGainsEqualReruns(graph, cells, points, type, x, y, settings, true, seed % 2 == 0
				? LocationObjective.coverWithin(3) : LocationObjective.medianTime(5));
	}

	@ParameterizedTest
	@ValueSource(longs = { 31, 32, 33, 34 })
	void coveringGainsFromTheFiguresEqualACoveringSearchAndTheTablesTimesTheEngines(long seed) {
		Random random = new Random(seed);
		double size = 4000;
		RoadGraph graph = RandomNetworks.graph(random, 80 + random.nextInt(200), size, seed % 2 == 0);
		Cells cells = RandomNetworks.cells(random, 60, size, 2);
		ServicePoints points = RandomNetworks.points(random, 2 + random.nextInt(6), 1, size);
		EngineSettings settings = new EngineSettings(800, 800, 20, new int[] { 1, 2, 4 }, 2);
		AccessibilityEngine engine = new AccessibilityEngine(graph);
		LocationInput input = LocationInput.of(engine, cells, points, 0, settings);
		double[] x = new double[20];
		double[] y = new double[20];
		for (int i = 0; i < x.length; i++) {
			x[i] = random.nextDouble() * size;
			y[i] = random.nextDouble() * size;
		}
		CandidateSites sites = CandidateSites.atPlaces(input, x, y);
		CandidateGains median = CandidateGains.compute(input, sites, LocationObjective.medianTime(), 2);
		CandidateGains covering = CandidateGains.compute(input, sites, LocationObjective.coverWithin(2), 2);
		CandidateGains fromFigures = median.coveringWithin(1);
		assertThat(fromFigures.objective()).isEqualTo(covering.objective());
		for (int j = 0; j < x.length; j++) {
			assertThat(fromFigures.objectiveGain(j)).as("candidate %d", j).isEqualTo(covering.objectiveGain(j));
		}

		// today's times, without a closed point, and each site's alone where faster: as the engine's analyses
		int[] existing = input.existingPoints();
		int closed = existing.length > 0 ? existing[0] : -1;
		int[] today = input.nodeTimesWithout(new int[0]);
		int[] kept = input.nodeTimesWithout(new int[] { closed });
		assertThat(engineTimes(input.cellTimes(today))).containsExactly(engine.analyse(cells, points, settings).times(0));
		int[] keptTimes = engineTimes(input.cellTimes(kept));
		int[] type = points.type().clone();
		if (closed >= 0) {
			type[closed] = 1;
		}
		assertThat(keptTimes).containsExactly(engine.analyse(cells, new ServicePoints(2, type, points.x(), points.y()),
				settings).times(0));
		int[] chosen = { 0, 5, 19 };
		input.fasterCellTimes(sites, chosen, kept, (i, times) -> {
			int[] alone = engine.analyse(cells, new ServicePoints(1, new int[1], new double[] { x[chosen[i]] },
					new double[] { y[chosen[i]] }), settings).times(0);
			for (int c = 0; c < times.length; c++) {
				boolean faster = alone[c] != Accessibility.UNREACHABLE
						&& (keptTimes[c] == Accessibility.UNREACHABLE || alone[c] < keptTimes[c]);
				assertThat(times[c]).as("site %d cell %d", chosen[i], c)
					.isEqualTo(faster ? alone[c] : NearestTwoSearch.INFINITE);
			}
		});
	}

	private static int[] engineTimes(int[] times) {
		int[] mapped = new int[times.length];
		for (int c = 0; c < times.length; c++) {
			mapped[c] = times[c] == NearestTwoSearch.INFINITE ? Accessibility.UNREACHABLE : times[c];
		}
		return mapped;
	}

	@ParameterizedTest
	@ValueSource(longs = { 21, 22, 23, 24 })
	void nodeCandidatesEqualATextbookSearchFromTheNode(long seed) {
		Random random = new Random(seed);
		double size = 3000;
		RoadGraph graph = RandomNetworks.graph(random, 80 + random.nextInt(200), size, seed % 2 == 0);
		Cells cells = RandomNetworks.cells(random, 60, size, 2);
		ServicePoints points = RandomNetworks.points(random, 1 + random.nextInt(6), 1, size);
		EngineSettings settings = new EngineSettings(800, 800, 20, new int[] { 1, 2, 4 }, 2);
		AccessibilityEngine engine = new AccessibilityEngine(graph);
		LocationInput input = LocationInput.of(engine, cells, points, 0, settings);
		int[] nodes = new int[graph.nodeCount()];
		for (int v = 0; v < nodes.length; v++) {
			nodes[v] = v;
		}
		CandidateSites sites = CandidateSites.atNodes(graph, nodes);
		CandidateGains gains = CandidateGains.compute(input, sites, LocationObjective.medianTime(), 2);
		int[] before = engine.analyse(cells, points, settings).times(0);
		for (int v = 0; v < nodes.length; v++) {
			int[] after = LocationBruteForce.min(before, LocationBruteForce.timesFromSite(graph, input, v, 0));
			LocationBruteForce.assertFigures(gains.figures(), v, cells, settings.thresholdMinutes(), before, after,
					"node " + v);
			assertThat(gains.objectiveGain(v)).isEqualTo(
					LocationBruteForce.objective(LocationObjective.medianTime(), input, before)
							- LocationBruteForce.objective(LocationObjective.medianTime(), input, after));
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 31, 32, 33, 34 })
	void sitesSharingANodeWithLongerConnectorsEqualTheirOwnSearches(long seed) {
		Random random = new Random(seed);
		double size = 3000;
		RoadGraph graph = RandomNetworks.graph(random, 60 + random.nextInt(150), size, seed % 2 == 0);
		Cells cells = RandomNetworks.cells(random, 60, size, 2);
		ServicePoints points = RandomNetworks.points(random, 1 + random.nextInt(4), 1, size);
		EngineSettings settings = new EngineSettings(800, 800, 20, new int[] { 1, 2, 4 }, 2);
		AccessibilityEngine engine = new AccessibilityEngine(graph);
		LocationInput input = LocationInput.of(engine, cells, points, 0, settings);
		// four sites on each of a few nodes, listed out of order: connectors from none to past
		// most bounds, one repeated, so one search from the shortest serves longer ones and copies
		int nodesUsed = 8;
		int[] node = new int[nodesUsed * 4];
		int[] connector = new int[node.length];
		for (int i = 0; i < node.length; i++) {
			node[i] = random.nextInt(graph.nodeCount());
		}
		for (int i = 0; i < nodesUsed; i++) {
			int v = node[i];
			int[] times = { 0, random.nextInt(60_000), random.nextInt(600_000), 0 };
			times[3] = times[1 + random.nextInt(2)];
			for (int k = 0; k < 4; k++) {
				node[i + k * nodesUsed] = v;
				connector[i + k * nodesUsed] = times[(k + i) % 4];
			}
		}
		CandidateSites sites = new CandidateSites(node, connector, new int[node.length]);
		int[] before = engine.analyse(cells, points, settings).times(0);
		for (LocationObjective objective : new LocationObjective[] { LocationObjective.medianTime(),
				LocationObjective.coverWithin(2) }) {
			CandidateGains gains = CandidateGains.compute(input, sites, objective, 2);
			CandidateGains bounds = CandidateGains.against(input, sites, input.existingNodeTimes(), objective, 2, true);
			for (int i = 0; i < node.length; i++) {
				int[] after = LocationBruteForce.min(before,
						LocationBruteForce.timesFromSite(graph, input, node[i], connector[i]));
				String what = "site " + i + " on node " + node[i] + " with connector " + connector[i];
				LocationBruteForce.assertFigures(gains.figures(), i, cells, settings.thresholdMinutes(), before, after,
						what);
				long expected = LocationBruteForce.objective(objective, input, before)
						- LocationBruteForce.objective(objective, input, after);
				assertThat(gains.objectiveGain(i)).as(what).isEqualTo(expected);
				assertThat(bounds.objectiveGain(i)).as("objective only, " + what).isEqualTo(expected);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "andorra-2020-05.osm.pbf", "helsinki-centre-2019-04.osm.pbf", "stockholm-sodermalm-2020-07.osm.pbf" })
	void gainsEqualARerunOnRealExtracts(String file) {
		RoadGraph graph = new OsmRoadNetworkReader().read(AnalysisFixtures.path(file)).graph();
		List<ServicePoint> found = new OsmServicePointReader().read(AnalysisFixtures.path(file));
		List<String> types = ServiceTypeIndex.of(found, ServiceTypeIndex.DEFAULT);
		ServicePoints points = ServiceTypeIndex.toEngine(found, types);
		Random random = new Random(file.hashCode());
		Cells cells = RealDataDifferentialTest.lattice(graph, 250, random);
		EngineSettings settings = new EngineSettings(500, 300, 20, new int[] { 1, 2, 5 }, 2);
		int type = types.indexOf("pharmacy");
		// candidates at every fifth cell centre and a few random places
		int n = cells.count() / 5 + 5;
		double[] x = new double[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			int cell = Math.min(cells.count() - 1, i * 5);
			x[i] = i < n - 5 ? cells.x()[cell] : cells.x()[cell] + random.nextDouble() * 300;
			y[i] = i < n - 5 ? cells.y()[cell] : cells.y()[cell] - random.nextDouble() * 300;
		}
		assertGainsEqualReruns(graph, cells, points, type, x, y, settings, false, LocationObjective.coverWithin(2));
	}

	private static void assertGainsEqualReruns(RoadGraph graph, Cells cells, ServicePoints points, int type, double[] x,
			double[] y, EngineSettings settings, boolean reference, LocationObjective objective) {
		AccessibilityEngine engine = new AccessibilityEngine(graph);
		LocationInput input = LocationInput.of(engine, cells, points, type, settings);
		CandidateSites sites = CandidateSites.atPlaces(input, x, y);
		CandidateGains gains = CandidateGains.compute(input, sites, objective, 2);
		int[] before = engine.analyse(cells, points, settings).times(type);
		long valueBefore = LocationBruteForce.objective(objective, input, before);
		long improvedSomewhere = 0;
		for (int i = 0; i < x.length; i++) {
			int[] after = LocationBruteForce.timesWithExtraPoint(graph, cells, points, type, x[i], y[i], settings,
					reference);
			LocationBruteForce.assertFigures(gains.figures(), i, cells, settings.thresholdMinutes(), before, after,
					"candidate " + i);
			assertThat(gains.objectiveGain(i)).as("objective gain, candidate " + i)
				.isEqualTo(valueBefore - LocationBruteForce.objective(objective, input, after));
			improvedSomewhere += gains.figures().improvedPopulation(i);
		}
		assertThat(improvedSomewhere).as("some candidate helps someone").isPositive();
	}
}
