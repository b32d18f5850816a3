package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scenarios against a fresh analysis of the changed point set on random graphs (half of them with
 * many ties, some with a long edge that makes the fresh search use its heap): bounded repair,
 * forced full search and the default budget must all give the fresh answer, cell by cell and in
 * every total.
 */
class ScenarioDifferentialTest {

	private static final double SIZE = 5000;
	private static final double[] SHARES = { 1, ScenarioEngine.DEFAULT_FULL_SEARCH_SHARE, 0 };

	static long[] seeds() {
		long[] seeds = new long[40];
		for (int i = 0; i < seeds.length; i++) {
			seeds[i] = i + 1;
		}
		return seeds;
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void scenariosMatchAFreshAnalysis(long seed) {
		Random random = new Random(seed);
		boolean coarse = seed % 2 == 0;
		RoadGraph graph = RandomNetworks.graph(random, 50 + random.nextInt(400), SIZE, coarse, seed % 5 == 0);
		Cells cells = RandomNetworks.cells(random, 20 + random.nextInt(150), SIZE, (int) (seed % 3));
		ServicePoints points = RandomNetworks.points(random, random.nextInt(25), 1 + random.nextInt(4), SIZE);
		int[] thresholds = { 1, 3, 6 };
		EngineSettings settings = new EngineSettings(400 + random.nextInt(800), 300 + random.nextInt(600), 20,
				thresholds, 1);
		AccessibilityEngine engine = new AccessibilityEngine(graph);
		Accessibility base = engine.analyse(cells, points, settings);
		int[] groups = ScenarioComparison.randomGroups(random, cells.count());

		for (double share : SHARES) {
			ScenarioEngine scenarios = new ScenarioEngine(engine, cells, points, settings, base, share);
			for (int s = 0; s < 8; s++) {
				Scenario scenario = ScenarioComparison.randomScenario(random, points, 0, 0, SIZE);
				ScenarioResult result = scenarios.evaluate(scenario, s % 2 == 0 ? groups : null);
				Accessibility fresh = engine.analyse(cells, scenario.applyTo(points), settings);
				ScenarioComparison.assertSame(result, base, fresh, scenario, points, cells, s % 2 == 0 ? groups : null,
						thresholds);
				if (share == 0) {
					for (int type = 0; type < points.typeCount(); type++) {
						// with no budget, only a change that touches no node stays bounded
						assertThat(result.fullSearch(type) || result.touchedNodes(type) == 0).isTrue();
					}
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 201, 202, 203, 204, 205, 206 })
	void scenariosMatchTheReference(long seed) {
		Random random = new Random(seed);
		RoadGraph graph = RandomNetworks.graph(random, 80 + random.nextInt(200), SIZE, seed % 2 == 0);
		Cells cells = RandomNetworks.cells(random, 60, SIZE, 2);
		ServicePoints points = RandomNetworks.points(random, 5 + random.nextInt(15), 1 + random.nextInt(3), SIZE);
		int[] thresholds = { 1, 2, 5 };
		EngineSettings settings = new EngineSettings(1000, 800, 20, thresholds, 1);
		AccessibilityEngine engine = new AccessibilityEngine(graph);
		Accessibility base = engine.analyse(cells, points, settings);
		ScenarioEngine scenarios = new ScenarioEngine(engine, cells, points, settings, base, 1);
		for (int s = 0; s < 4; s++) {
			Scenario scenario = ScenarioComparison.randomScenario(random, points, 0, 0, SIZE);
			Accessibility reference = new ReferenceDijkstra(graph).analyse(cells, scenario.applyTo(points), settings);
			ScenarioComparison.assertSame(scenarios.evaluate(scenario), base, reference, scenario, points, cells, null,
					thresholds);
		}
	}

	@Test
	void concurrentRequestsShareOneEngine() throws Exception {
		Random random = new Random(9);
		RoadGraph graph = RandomNetworks.graph(random, 400, SIZE, true);
		Cells cells = RandomNetworks.cells(random, 120, SIZE, 1);
		ServicePoints points = RandomNetworks.points(random, 20, 3, SIZE);
		int[] thresholds = { 1, 3 };
		EngineSettings settings = new EngineSettings(1000, 800, 20, thresholds, 1);
		AccessibilityEngine engine = new AccessibilityEngine(graph);
		Accessibility base = engine.analyse(cells, points, settings);
		// nothing prepared: the first requests race to prepare the same types
		ScenarioEngine scenarios = new ScenarioEngine(engine, cells, points, settings, base);
		Scenario[] requests = new Scenario[24];
		List<Future<ScenarioResult>> answers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (int i = 0; i < requests.length; i++) {
				Scenario scenario = ScenarioComparison.randomScenario(random, points, 0, 0, SIZE);
				requests[i] = scenario;
				answers.add(pool.submit(() -> scenarios.evaluate(scenario)));
			}
			for (int i = 0; i < requests.length; i++) {
				Accessibility fresh = engine.analyse(cells, requests[i].applyTo(points), settings);
				ScenarioComparison.assertSame(answers.get(i).get(), base, fresh, requests[i], points, cells, null,
						thresholds);
			}
		} finally {
			pool.shutdown();
		}
	}

	@Test
	void anOpeningWhereAPointStandsLosesTheTieAndAClosureHandsItOver() {
		Random random = new Random(7);
		RoadGraph graph = RandomNetworks.graph(random, 60, 1000, true);
		Cells cells = RandomNetworks.cells(random, 40, 1000, 1);
		ServicePoints points = new ServicePoints(1, new int[] { 0, 0 }, new double[] { 500, 100 },
				new double[] { 500, 100 });
		EngineSettings settings = new EngineSettings(2000, 2000, 20, new int[] { 1 }, 1);
		AccessibilityEngine engine = new AccessibilityEngine(graph);
		Accessibility base = engine.analyse(cells, points, settings);
		ScenarioEngine scenarios = new ScenarioEngine(engine, cells, points, settings, base);

		ScenarioResult twin = scenarios.evaluate(Scenario.builder().open(0, 500, 500).build());
		assertThat(twin.changedCells(0)).isEmpty();
		assertThat(twin.totals(0).risen() + twin.totals(0).fallen()).isZero();

		ScenarioResult swap = scenarios.evaluate(Scenario.builder().close(0).open(0, 500, 500).build());
		for (int c = 0; c < cells.count(); c++) {
			int expected = base.nearest(0, c) == 0 ? Scenario.openedId(2, 0) : base.nearest(0, c);
			assertThat(swap.nearest(0, c)).isEqualTo(expected);
			assertThat(swap.time(0, c)).isEqualTo(base.time(0, c));
		}
		assertThat(swap.totals(0).risen() + swap.totals(0).fallen()).isZero();
	}

	@Test
	void aBaseOfOtherInputsIsRefused() {
		Random random = new Random(8);
		RoadGraph graph = RandomNetworks.graph(random, 80, 2000, false);
		Cells cells = RandomNetworks.cells(random, 40, 2000, 0);
		ServicePoints points = RandomNetworks.points(random, 6, 1, 2000);
		EngineSettings settings = new EngineSettings(2000, 2000, 20, new int[] { 1 }, 1);
		AccessibilityEngine engine = new AccessibilityEngine(graph);
		Accessibility other = engine.analyse(cells, RandomNetworks.points(random, 6, 1, 2000), settings);
		ScenarioEngine scenarios = new ScenarioEngine(engine, cells, points, settings, other);
		assertThatThrownBy(() -> scenarios.prepare(0)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> scenarios.evaluate(Scenario.builder().close(6).build()))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
