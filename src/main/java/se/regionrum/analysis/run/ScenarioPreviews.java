package se.regionrum.analysis.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.MunicipalityLocator;
import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.engine.Scenario;
import se.regionrum.analysis.engine.ScenarioEngine;
import se.regionrum.analysis.engine.ScenarioResult;
import se.regionrum.analysis.engine.ServicePoints;
import se.regionrum.analysis.run.RunResults.PointImpact;
import se.regionrum.analysis.run.ScenarioPreview.Figures;
import se.regionrum.analysis.run.ScenarioPreview.TypePreview;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;

/**
 * A scenario answered within the request, stored nowhere: the base run's analysis is made once
 * and kept in memory with a {@link ScenarioEngine} over it, which repairs only what the closed
 * and opened points change. The answer equals what a scenario run of the same choices stores,
 * cell by cell; the run remains the way to keep a scenario, with closure impact per point.
 * <p>
 * The checks and the access rule are those of {@link RunService#startScenario}, and the base
 * must be finished. Points are named by seq, as the run's pages and API name them; the engine
 * counts them by their place in the run's point list.
 */
@Service
public class ScenarioPreviews {

	/** Base runs held: each holds its grid, points, base analysis and labels of the types asked about. */
	static final int CAPACITY = 2;

	private final RunService runs;

	private final RunInputs inputs;

	private final MunicipalityLocator municipalities;

	/**
	 * Per base run a holder, locked while its run is prepared: a slow first preview of one run
	 * (seconds at national size) holds up the previews of that run only.
	 */
	private final Map<Long, Holder> held = new LinkedHashMap<>(4, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Holder> eldest) {
			return size() > CAPACITY;
		}
	};

	private static final class Holder {

		Prepared prepared;

	}

	ScenarioPreviews(RunService runs, RunInputs inputs, MunicipalityLocator municipalities) {
		this.runs = runs;
		this.inputs = inputs;
		this.municipalities = municipalities;
	}

	/**
	 * One base run ready for scenarios: its inputs in engine order, the base analysis, and the
	 * figures before any scenario per type and group of cells (a municipality).
	 */
	record Prepared(AnalysisRun run, Grid grid, List<RunPoint> points, Map<Integer, Integer> indexBySeq,
			Cells cells, ServicePoints servicePoints, EngineSettings settings, Accessibility base,
			ScenarioEngine engine, int[] cellGroup, long[] groupMunicipality, long[] groupPopulation,
			/* [type][group]: person-time in deciseconds over those who reach a point; [type][group][threshold]: people beyond; both as stored runs count them */
			long[][] personTime, long[][][] beyond) {
	}

	/** A preview with what produced it, for the pages' map and for tests. */
	record Evaluated(Prepared prepared, Scenario scenario, ScenarioResult result, ScenarioPreview preview) {
	}

	/** Evaluates the scenario on the finished base run. */
	public ScenarioPreview preview(long baseRunId, ScenarioRequest request) {
		return evaluate(baseRunId, request).preview();
	}

	Evaluated evaluate(long baseRunId, ScenarioRequest request) {
		AnalysisRun run = runs.checkScenario(baseRunId, request);
		if (!run.done()) {
			throw new NotFoundException("Results of analysis run", baseRunId);
		}
		long loadStart = System.nanoTime();
		Prepared p = prepared(run);
		long loadNanos = System.nanoTime() - loadStart;
		Scenario scenario = scenario(p, request);
		ScenarioResult result = p.engine().evaluate(scenario, p.cellGroup());
		return new Evaluated(p, scenario, result, answer(p, request, result, loadNanos));
	}

	/** The engine's scenario: closed seqs as indices in the run's point list, added points after them. */
	static Scenario scenario(Prepared p, ScenarioRequest request) {
		Scenario.Builder builder = Scenario.builder();
		for (int seq : request.closePoints()) {
			Integer index = p.indexBySeq().get(seq);
			// a seq of a type the run did not measure is not among its points: closing it changes nothing
			if (index != null) {
				builder.close(index);
			}
		}
		for (AnalysisRun.AddedPoint a : request.addPoints()) {
			builder.open(p.run().serviceTypes().indexOf(a.type()), a.x(), a.y());
		}
		return builder.build();
	}

	private Prepared prepared(AnalysisRun run) {
		Holder holder;
		synchronized (held) {
			holder = held.computeIfAbsent(run.id(), id -> new Holder());
		}
		synchronized (holder) {
			if (holder.prepared == null) {
				holder.prepared = prepare(run);
			}
			return holder.prepared;
		}
	}

	/** Loads the run's inputs and analyses them as {@link RunExecutor} does. */
	private Prepared prepare(AnalysisRun run) {
		RunInputs.Loaded in;
		try {
			in = inputs.load(run, () -> {
			});
		}
		catch (RunFailure ex) {
			throw new InvalidInputException("run", ex.messageKey());
		}
		List<String> types = run.serviceTypes();
		ServicePoints servicePoints = RunPoint.engineInput(in.points(), types);
		Cells cells = in.grid().cells();
		int threads = Math.max(1, Math.min(types.size(), Runtime.getRuntime().availableProcessors()));
		EngineSettings settings = run.settings().engine(threads);
		Accessibility base = in.engine().analyse(cells, servicePoints, settings);
		ScenarioEngine engine = new ScenarioEngine(in.engine(), cells, servicePoints, settings, base);
		Map<Integer, Integer> indexBySeq = new HashMap<>();
		for (int i = 0; i < in.points().size(); i++) {
			indexBySeq.put(in.points().get(i).seq(), i);
		}
		// groups in municipality id order, so that the answer lists them alike every time
		int[] municipality = in.grid().municipality();
		TreeMap<Long, Integer> groupOf = new TreeMap<>();
		for (int m : municipality) {
			groupOf.put((long) m, 0);
		}
		long[] groupMunicipality = new long[groupOf.size()];
		int g = 0;
		for (Map.Entry<Long, Integer> e : groupOf.entrySet()) {
			e.setValue(g);
			groupMunicipality[g++] = e.getKey();
		}
		int[] cellGroup = new int[municipality.length];
		long[] groupPopulation = new long[groupMunicipality.length];
		for (int c = 0; c < cellGroup.length; c++) {
			cellGroup[c] = groupOf.get((long) municipality[c]);
			groupPopulation[cellGroup[c]] += cells.population()[c];
		}
		long[] limits = limits(run);
		long[][] personTime = new long[types.size()][groupMunicipality.length];
		long[][][] beyond = new long[types.size()][groupMunicipality.length][limits.length];
		for (int t = 0; t < types.size(); t++) {
			for (int c = 0; c < cellGroup.length; c++) {
				int group = cellGroup[c];
				personTime[t][group] += tally(1, cells.population()[c], storedTime(base.time(t, c), base.meters(t, c)),
						limits, beyond[t][group]);
			}
		}
		return new Prepared(run, in.grid(), in.points(), indexBySeq, cells, servicePoints, settings, base, engine,
				cellGroup, groupMunicipality, groupPopulation, personTime, beyond);
	}

	/** The run's limits in deciseconds, the unit its stored times are in. */
	private static long[] limits(AnalysisRun run) {
		return run.settings().thresholdMinutes().stream()
			.mapToLong(m -> (long) m * EngineTime.DECISECONDS_PER_MINUTE)
			.toArray();
	}

	/**
	 * A cell's time as a stored run counts it in its summaries ({@link RunExecutor#summaries}): in
	 * whole deciseconds, and reaching no point where either its time or its distance is unreachable.
	 * Counting the engine's exact times instead puts people a few milliseconds past a limit beyond it
	 * here and within it on the run's pages.
	 */
	private static int storedTime(int time, int meters) {
		return time == Accessibility.UNREACHABLE || meters == Accessibility.UNREACHABLE ? Accessibility.UNREACHABLE
				: EngineTime.toDeciseconds(time);
	}

	/**
	 * Adds (sign 1) or takes away (sign -1) a cell's people at a stored time: counts them beyond
	 * each limit they are past (a limit itself is within, as in the summaries) and answers their
	 * person-time in deciseconds.
	 */
	private static long tally(int sign, long people, int storedTime, long[] limits, long[] beyond) {
		for (int k = 0; k < limits.length; k++) {
			if (storedTime == Accessibility.UNREACHABLE || storedTime > limits[k]) {
				beyond[k] += sign * people;
			}
		}
		return storedTime == Accessibility.UNREACHABLE ? 0 : sign * people * storedTime;
	}

	private ScenarioPreview answer(Prepared p, ScenarioRequest request, ScenarioResult result, long loadNanos) {
		List<String> types = p.run().serviceTypes();
		Map<Long, String> names = municipalities.names();
		int groups = p.groupMunicipality().length;
		List<TypePreview> typePreviews = new ArrayList<>();
		for (int t = 0; t < types.size(); t++) {
			// after: the base's figures, with each changed cell's stored time put in place of its old one
			long[] limits = limits(p.run());
			long[] timeAfter = p.personTime()[t].clone();
			long[][] beyondAfter = new long[groups][];
			for (int g = 0; g < groups; g++) {
				beyondAfter[g] = p.beyond()[t][g].clone();
			}
			int[] changed = result.changedCells(t);
			for (int c : changed) {
				long people = p.cells().population()[c];
				int g = p.cellGroup()[c];
				timeAfter[g] += tally(-1, people, storedTime(result.baseTime(t, c), result.baseMeters(t, c)), limits,
						beyondAfter[g])
						+ tally(1, people, storedTime(result.time(t, c), result.meters(t, c)), limits, beyondAfter[g]);
			}
			long regionBefore = 0;
			long regionAfter = 0;
			long regionPopulation = 0;
			long[] regionBeyond = new long[limits.length];
			long[] regionBeyondAfter = new long[limits.length];
			List<Figures> rows = new ArrayList<>();
			for (int g = 0; g < groups; g++) {
				regionBefore += p.personTime()[t][g];
				regionAfter += timeAfter[g];
				regionPopulation += p.groupPopulation()[g];
				for (int k = 0; k < limits.length; k++) {
					regionBeyond[k] += p.beyond()[t][g][k];
					regionBeyondAfter[k] += beyondAfter[g][k];
				}
				long id = p.groupMunicipality()[g];
				rows.add(Figures.of(id, names.getOrDefault(id, ""), p.groupPopulation()[g], result.groupTotals(t, g),
						p.personTime()[t][g], timeAfter[g], p.beyond()[t][g], beyondAfter[g]));
			}
			Figures region = Figures.of(-1, "", regionPopulation, result.totals(t), regionBefore, regionAfter,
					regionBeyond, regionBeyondAfter);
			typePreviews.add(new TypePreview(types.get(t), result.typeChanged(t), result.fullSearch(t),
					changed.length, region, rows));
		}
		List<Boolean> addedOnNetwork = new ArrayList<>();
		for (int i = 0; i < request.addPoints().size(); i++) {
			addedOnNetwork.add(result.openedOnNetwork(i));
		}
		return new ScenarioPreview(p.run().id(), p.run().settings().thresholdMinutes(), typePreviews, addedOnNetwork,
				result.elapsedNanos() / 1e6, loadNanos / 1e6, p.engine().preparedBytes());
	}

	/**
	 * The cells of one type the scenario changes, with their change class as the scenario run's
	 * map has it ({@link RunExports#change}, on times in deciseconds as runs store them).
	 */
	record ChangedCells(Grid grid, int[] cells, int[] before, int[] after, int[] classes) {
	}

	ChangedCells changedCells(Evaluated evaluated, String type) {
		int t = evaluated.prepared().run().serviceTypes().indexOf(type);
		if (t < 0) {
			throw new InvalidInputException("type", "analysis.run.invalid.types");
		}
		ScenarioResult result = evaluated.result();
		int[] changed = result.changedCells(t);
		// a cell whose nearest point changed at the same time is no difference on a map of times
		int count = 0;
		int[] cells = new int[changed.length];
		int[] before = new int[changed.length];
		int[] after = new int[changed.length];
		int[] classes = new int[changed.length];
		for (int c : changed) {
			int b = EngineTime.toDeciseconds(result.baseTime(t, c));
			int a = EngineTime.toDeciseconds(result.time(t, c));
			int change = RunExports.change(b, a);
			if (change != RunExports.NO_CHANGE) {
				cells[count] = c;
				before[count] = b;
				after[count] = a;
				classes[count++] = change;
			}
		}
		return new ChangedCells(evaluated.prepared().grid(), Arrays.copyOf(cells, count), Arrays.copyOf(before, count),
				Arrays.copyOf(after, count), Arrays.copyOf(classes, count));
	}

	/**
	 * The points of one type as the scenario leaves them, for the preview's map: the base run's
	 * points, those the scenario closes apart, and the points it adds. Points carry the base run's
	 * closure impact; an added point has none yet.
	 */
	record MapPoints(List<PointImpact> open, List<PointImpact> closed, List<AnalysisRun.AddedPoint> added) {
	}

	MapPoints points(long baseRunId, ScenarioRequest request, String type) {
		AnalysisRun run = runs.checkScenario(baseRunId, request);
		if (!run.serviceTypes().contains(type)) {
			throw new InvalidInputException("type", "analysis.run.invalid.types");
		}
		Set<Integer> closing = Set.copyOf(request.closePoints());
		Map<Boolean, List<PointImpact>> byClosing = runs.impacts(baseRunId, new ImpactFilter(type, null, null, null))
			.stream()
			.collect(Collectors.partitioningBy(p -> closing.contains(p.seq())));
		return new MapPoints(byClosing.get(false), byClosing.get(true),
				request.addPoints().stream().filter(a -> type.equals(a.type())).toList());
	}

}
