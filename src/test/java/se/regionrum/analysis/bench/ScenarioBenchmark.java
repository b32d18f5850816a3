package se.regionrum.analysis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.engine.Scenario;
import se.regionrum.analysis.engine.ScenarioEngine;
import se.regionrum.analysis.engine.ScenarioResult;
import se.regionrum.analysis.engine.ServicePoints;
import se.regionrum.analysis.synthetic.SyntheticData;
import se.regionrum.analysis.synthetic.SyntheticRegion;

/**
 * Measures scenarios on synthetic inputs after the base analysis: the time to prepare every type's
 * base labels, then many random scenarios of 3 closures and 2 openings over two types, answered by
 * repair (the default budget) and by a full search of each type touched (the fallback), and checks
 * a few against a fresh analysis. A runnable class, not a test:
 * {@code java -Xmx8g -cp … se.regionrum.analysis.bench.ScenarioBenchmark region|national [scenarios]}.
 */
public final class ScenarioBenchmark {

	public static void main(String[] args) {
		String scaleName = args.length > 0 ? args[0] : "region";
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		boolean national = scaleName.equals("national");
		SyntheticRegion.Scale scale = national ? SyntheticRegion.Scale.NATIONAL : SyntheticRegion.Scale.REGION;
		SyntheticRegion.Extent extent = national ? SyntheticRegion.Extent.SWEDEN : SyntheticRegion.Extent.DALARNA;
		SyntheticData data = SyntheticRegion.generate(scale, extent, List.of(), 42);
		var graph = data.graph();
		Cells cells = data.cells();
		ServicePoints points = data.points();
		System.out.printf(Locale.ROOT, "%s-size input: %,d nodes, %,d directed edges, %,d cells, %,d points over %d types%n",
				scaleName, graph.nodeCount(), graph.edgeCount(), cells.count(), points.count(), points.typeCount());

		AccessibilityEngine engine = new AccessibilityEngine(graph);
		EngineSettings settings = EngineSettings.defaults();
		engine.analyse(cells, points, settings);
		Accessibility base = engine.analyse(cells, points, settings);
		System.out.printf(Locale.ROOT, "base analysis, %d thread(s): %.3f s%n", settings.threads(), base.elapsedNanos() / 1e9);

		ScenarioEngine repair = new ScenarioEngine(engine, cells, points, settings, base);
		ScenarioEngine full = new ScenarioEngine(engine, cells, points, settings, base, 0);
		ScenarioEngine quarter = new ScenarioEngine(engine, cells, points, settings, base, 0.25);
		ScenarioEngine unbounded = new ScenarioEngine(engine, cells, points, settings, base, 1);
		long p0 = System.nanoTime();
		for (int type = 0; type < points.typeCount(); type++) {
			long t0 = System.nanoTime();
			repair.prepare(type);
			System.out.printf(Locale.ROOT, "  base labels of type %d prepared in %.1f ms%n", type, (System.nanoTime() - t0) / 1e6);
		}
		double prepareSeconds = (System.nanoTime() - p0) / 1e9;
		// at national size each engine's labels take about half a gigabyte: only the default and the fallback
		ScenarioEngine[] engines = national ? new ScenarioEngine[] { repair, full }
				: new ScenarioEngine[] { repair, quarter, unbounded, full };
		for (ScenarioEngine e : engines) {
			for (int type = 0; type < points.typeCount(); type++) {
				e.prepare(type);
			}
		}
		System.out.printf(Locale.ROOT, "prepared all %d types in %.2f s (1 thread)%n", points.typeCount(), prepareSeconds);

		Random random = new Random(7);
		Scenario[] scenarios = new Scenario[count];
		for (int i = 0; i < count; i++) {
			scenarios[i] = randomScenario(random, data);
		}
		int groups = 15;
		int[] cellGroup = new int[cells.count()];
		for (int c = 0; c < cellGroup.length; c++) {
			cellGroup[c] = (int) ((long) c * groups / cellGroup.length);
		}
		for (ScenarioEngine e : engines) {
			for (int i = 0; i < Math.min(count, national ? (e == full ? 1 : 10) : 50); i++) {
				e.evaluate(scenarios[i], cellGroup);
			}
		}
		// two rounds: the first still pays for compiling and for the heap settling
		for (int round = 1; round <= 2; round++) {
			System.out.printf(Locale.ROOT, "round %d%n", round);
			for (ScenarioEngine e : engines) {
				String name = e == repair ? "repair, default budget (" + ScenarioEngine.DEFAULT_FULL_SEARCH_SHARE + " of the nodes)"
						: e == quarter ? "repair, budget 0.25 of the nodes"
								: e == unbounded ? "repair, no budget" : "fallback (full search of each type touched)";
				// a full search of a national type takes seconds: a few scenarios tell its time
				report(name, e, national && e == full ? Arrays.copyOf(scenarios, Math.min(count, 3)) : scenarios,
						cellGroup);
			}
		}
		long bytes = repair.preparedBytes();
		long labelBytes = 12L * graph.nodeCount() * points.typeCount();
		System.out.printf(Locale.ROOT, "prepared memory: %,d bytes = %,d of labels (%.1f MB per type, 12 bytes per node) + %,d of outgoing-edge index (shared by the types)%n",
				bytes, labelBytes, labelBytes / 1e6 / points.typeCount(), bytes - labelBytes);

		int checked = Math.min(count, national ? 1 : 10);
		int mismatches = 0;
		for (int i = 0; i < checked; i++) {
			ScenarioResult result = repair.evaluate(scenarios[i]);
			Accessibility fresh = engine.analyse(cells, scenarios[i].applyTo(points), settings);
			int[] ids = scenarios[i].scenarioIds(points);
			for (int type = 0; type < points.typeCount(); type++) {
				for (int c = 0; c < cells.count(); c++) {
					int nearest = fresh.nearest(type, c) < 0 ? -1 : ids[fresh.nearest(type, c)];
					if (result.time(type, c) != fresh.time(type, c) || result.meters(type, c) != fresh.meters(type, c)
							|| result.nearest(type, c) != nearest) {
						mismatches++;
					}
				}
			}
		}
		System.out.printf(Locale.ROOT, "checked %d scenarios against a fresh analysis: %d cell values differ%n", checked, mismatches);
	}

	private static void report(String name, ScenarioEngine engine, Scenario[] scenarios, int[] cellGroup) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] ms = new double[scenarios.length];
		double[] cpuMs = new double[scenarios.length];
		int fullTypes = 0;
		long touched = 0;
		long changedCells = 0;
		for (int i = 0; i < scenarios.length; i++) {
			long cpu0 = threads.getCurrentThreadCpuTime();
			ScenarioResult result = engine.evaluate(scenarios[i], cellGroup);
			cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
			ms[i] = result.elapsedNanos() / 1e6;
			for (int type = 0; type < result.typeCount(); type++) {
				fullTypes += result.fullSearch(type) ? 1 : 0;
				touched += result.touchedNodes(type);
				changedCells += result.changedCells(type).length;
			}
		}
		Arrays.sort(ms);
		Arrays.sort(cpuMs);
		System.out.printf(Locale.ROOT, "%s: %d scenarios, wall median %.2f ms, 90th percentile %.2f ms, worst %.2f ms; thread CPU median %.2f ms, worst %.2f ms; %d types searched in full; on average %,d nodes touched and %,d cells changed per scenario%n",
				name, scenarios.length, ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[ms.length - 1],
				cpuMs[cpuMs.length / 2], cpuMs[cpuMs.length - 1], fullTypes, touched / scenarios.length,
				changedCells / scenarios.length);
	}

	/** 3 closures and 2 openings over two types; openings near a random populated cell. */
	private static Scenario randomScenario(Random random, SyntheticData data) {
		ServicePoints points = data.points();
		int first = random.nextInt(points.typeCount());
		int second = (first + 1 + random.nextInt(points.typeCount() - 1)) % points.typeCount();
		int[] types = { first, second };
		Scenario.Builder builder = Scenario.builder();
		for (int i = 0; i < 3; i++) {
			int[] ofType = points.ofType(types[random.nextInt(2)]);
			if (ofType.length > 0) {
				builder.close(ofType[random.nextInt(ofType.length)]);
			}
		}
		for (int i = 0; i < 2; i++) {
			int cell = random.nextInt(data.cells().count());
			builder.open(types[i], data.cells().x()[cell] + random.nextDouble() * 200 - 100,
					data.cells().y()[cell] + random.nextDouble() * 200 - 100);
		}
		return builder.build();
	}
}
