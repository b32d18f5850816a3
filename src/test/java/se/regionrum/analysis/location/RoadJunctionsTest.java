package se.regionrum.analysis.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.DataSets.GridInfo;
import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.RoadGraphBuilder;
import se.regionrum.analysis.run.RunFailure;

/**
 * Road junctions in populated cells as candidates: which nodes are junctions, which cells count,
 * thinning to one per cell, and the engine's solver on junction nodes against the brute-force
 * reference, figure by figure.
 */
class RoadJunctionsTest {

	/**
	 * A plus sign of two-way roads (centre 0 joined to 1–4), 1 joined to 5 by two one-way edges and
	 * to 3 by one, and 2 joined to 6 by two parallel roads: 0 has four neighbours, 1 three (0, 5 and
	 * 3), 2 and 3 two, the rest one.
	 */
	static RoadGraph plus() {
		RoadGraphBuilder builder = new RoadGraphBuilder();
		builder.addNode(500, 500);
		builder.addNode(100, 500);
		builder.addNode(900, 500);
		builder.addNode(500, 100);
		builder.addNode(500, 900);
		builder.addNode(100, 100);
		builder.addNode(1400, 500);
		for (int v = 1; v <= 4; v++) {
			builder.addRoad(0, v, 30, 400);
		}
		builder.addRoad(2, 6, 30, 500);
		builder.addRoad(2, 6, 40, 500);
		builder.addEdge(1, 5, 30, 400);
		builder.addEdge(5, 1, 30, 400);
		builder.addEdge(1, 3, 30, 600);
		return builder.build();
	}

	/** Two cells of 1 000 m side by side, in municipalities 1 and 2. */
	static Grid grid(int leftPopulation, int rightPopulation) {
		GridInfo info = new GridInfo(1, "test", "test", "EPSG:3006", 1000, 2, leftPopulation + rightPopulation,
				List.of(), false, "x", null, "test");
		return new Grid(info, new int[] { 0, 1000 }, new int[] { 0, 0 }, new int[] { leftPopulation, rightPopulation },
				new int[0][], new int[] { 1, 2 });
	}

	@Test
	void aJunctionHasThreeNeighboursOrMoreEitherWayAndParallelRoadsCountOnce() {
		RoadGraph graph = plus();
		int[] neighbours = RoadJunctions.neighbourCounts(graph);
		int junctions = 0;
		for (int v = 0; v < graph.nodeCount(); v++) {
			if (neighbours[v] >= RoadJunctions.MIN_NEIGHBOURS) {
				junctions++;
				// the graph numbers nodes along a curve: find them by place
				assertThat(graph.x(v) == 500 && graph.y(v) == 500 || graph.x(v) == 100 && graph.y(v) == 500)
					.as("node at %s, %s", graph.x(v), graph.y(v)).isTrue();
			}
		}
		assertThat(junctions).isEqualTo(2);
	}

	@Test
	void onlyCellsWithTheLeastPopulationAndInTheChosenMunicipalitiesCount() {
		RoadGraph graph = plus();
		assertThat(RoadJunctions.inPopulatedCells(graph, grid(5, 5), 5, Set.of()).nodes()).hasSize(2);
		assertThat(RoadJunctions.inPopulatedCells(graph, grid(4, 5), 5, Set.of()).nodes()).isEmpty();
		assertThat(RoadJunctions.inPopulatedCells(graph, grid(5, 5), 5, Set.of(2L)).nodes()).isEmpty();
		RoadJunctions.Found found = RoadJunctions.inPopulatedCells(graph, grid(5, 5), 1, Set.of(1L));
		assertThat(found.cells()).containsOnly(0);
	}

	@Test
	void beyondTheCapEachCellKeepsTheJunctionNearestItsCentreAndTooManyCellsFail() {
		RoadGraph graph = plus();
		RoadJunctions.Found thinned = RoadJunctions.inPopulatedCells(graph, grid(5, 5), 1, Set.of(), 1);
		assertThat(thinned.nodes()).hasSize(1);
		assertThat(graph.x(thinned.nodes()[0])).isEqualTo(500.0, within(1e-9));
		// cells of 400 m off the multiples of their size: each junction in a cell of its own
		Grid small = new Grid(new GridInfo(1, "test", "test", "EPSG:3006", 400, 2, 10, List.of(), false, "x", null, "test"),
				new int[] { 0, 400 }, new int[] { 300, 300 }, new int[] { 5, 5 }, new int[0][], new int[] { 1, 1 });
		assertThat(RoadJunctions.inPopulatedCells(graph, small, 1, Set.of(), 2).cells()).containsExactlyInAnyOrder(0, 1);
		assertThatThrownBy(() -> RoadJunctions.inPopulatedCells(graph, small, 1, Set.of(), 1))
			.isInstanceOf(RunFailure.class)
			.extracting(ex -> ((RunFailure) ex).messageKey()).isEqualTo("analysis.location.failed.tooManyJunctions");
	}

	@Test
	void everyJunctionsGainsEqualTheReferencesAndTheChoiceIsAsGood() {
		// The engine counts milliseconds, the reference deciseconds: a cell a junction serves less than
		// 50 ms faster, or that it brings within a limit by less, counts for one and not the other. Such
		// near ties are common on a grid of whole-second roads with sites on its nodes; this world has none.
		EngineLocationSolverTest.World w = EngineLocationSolverTest.world(33, 0);
		RoadGraph graph = w.engine().graph();
		int[] neighbours = RoadJunctions.neighbourCounts(graph);
		int[] nodes = java.util.stream.IntStream.range(0, graph.nodeCount())
			.filter(v -> neighbours[v] >= RoadJunctions.MIN_NEIGHBOURS)
			.toArray();
		// a 12 × 12 grid: all but the four corners
		assertThat(nodes).hasSize(140);
		double[] x = Arrays.stream(nodes).mapToDouble(graph::x).toArray();
		double[] y = Arrays.stream(nodes).mapToDouble(graph::y).toArray();
		boolean[] mask = new boolean[nodes.length];
		Arrays.fill(mask, true);
		for (Objective objective : Objective.values()) {
			LocationProblem onNodes = new LocationProblem(w.engine(), w.settings(), w.cells(), w.municipality(), w.points(), 0,
					x, y, mask, 2, objective, 10, EngineLocationSolverTest.THRESHOLDS, new int[0], nodes);
			LocationSolution solution = new EngineLocationSolver().solve(onNodes, LocationSolver.Progress.NONE);
			// on the nodes or attached from their places, the same sites: the same figures to the last
			LocationProblem fromPlaces = new LocationProblem(w.engine(), w.settings(), w.cells(), w.municipality(),
					w.points(), 0, x, y, mask, 2, objective, 10, EngineLocationSolverTest.THRESHOLDS, new int[0]);
			LocationSolution attached = new EngineLocationSolver().solve(fromPlaces, LocationSolver.Progress.NONE);
			assertThat(solution.gains().personMinutesSaved()).containsExactly(attached.gains().personMinutesSaved());
			assertThat(solution.chosen()).usingRecursiveFieldByFieldElementComparator()
				.containsExactlyElementsOf(attached.chosen());
			// the reference attaches each site from its place: the node itself, no connector
			LocationSolution expected = new BruteForceLocationSolver().solve(onNodes, LocationSolver.Progress.NONE);
			double rounding = Arrays.stream(w.cells().population()).sum() * 0.1 / 60;
			for (int j = 0; j < nodes.length; j++) {
				assertThat(solution.gains().onNetwork()[j]).isTrue();
				assertThat(solution.gains().peopleFaster()[j]).as("junction %d", j)
					.isEqualTo(expected.gains().peopleFaster()[j]);
				assertThat(solution.gains().personMinutesSaved()[j]).as("junction %d", j)
					.isCloseTo(expected.gains().personMinutesSaved()[j], within(rounding));
				for (int t = 0; t < EngineLocationSolverTest.THRESHOLDS.length; t++) {
					assertThat(solution.gains().broughtWithin()[t][j]).as("junction %d", j)
						.isEqualTo(expected.gains().broughtWithin()[t][j]);
				}
			}
			assertThat(solution.objectiveBefore()).isCloseTo(expected.objectiveBefore(), within(1e-6));
			if (objective == Objective.MEDIAN) {
				assertThat(solution.objectiveAfter()).isLessThanOrEqualTo(expected.objectiveAfter() + 1e-6);
			}
			else {
				assertThat(solution.objectiveAfter()).isGreaterThanOrEqualTo(expected.objectiveAfter() - 1e-6);
			}
		}
	}

}
