package se.regionrum.analysis.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.DataSets.NetworkInfo;
import se.regionrum.analysis.dataset.DataSets.PointSetInfo;
import se.regionrum.analysis.dataset.DataSets.ServicePoint;
import se.regionrum.analysis.dataset.DataSetQueries;
import se.regionrum.analysis.dataset.MunicipalityLocator;
import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.ClosureImpact;
import se.regionrum.analysis.engine.ServicePoints;
import se.regionrum.analysis.run.RunResults.AgeGroupImpact;
import se.regionrum.analysis.run.RunResults.MunicipalitySummary;
import se.regionrum.analysis.run.RunResults.PointImpact;
import se.regionrum.analysis.run.RunResults.TypeColumns;

/**
 * Carries out runs in the background, one at a time, on a Spring task executor of its own: reads
 * the run's data sets (refusing any whose checksum changed), runs the engine with progress, derives
 * the per-municipality summaries and stores all results in one transaction. A failure is stored as a
 * message key the run page shows in the reader's language.
 */
@Component
class RunExecutor implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);

	private final RunQueries runs;

	private final DataSetQueries data;

	private final EngineCache engines;

	private final MunicipalityLocator municipalities;

	private final TransactionTemplate transaction;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final Set<Long> active = ConcurrentHashMap.newKeySet();

	RunExecutor(RunQueries runs, DataSetQueries data, EngineCache engines, MunicipalityLocator municipalities,
			TransactionTemplate transaction) {
		this.runs = runs;
		this.data = data;
		this.engines = engines;
		this.municipalities = municipalities;
		this.transaction = transaction;
		// One run at a time: a run already spreads its service types over the cores.
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(200);
		executor.setThreadNamePrefix("analysis-");
		executor.initialize();
	}

	/**
	 * Fails every run still queued or running that this server did not queue itself: the queue lives
	 * in memory, so after a restart nothing will ever pick them up. One analysis server per database
	 * is the supported deployment; a second one starting would fail the first one's runs.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedRuns() {
		int count = runs.failInterrupted(Set.copyOf(active));
		if (count > 0) {
			log.warn("{} analysis run(s) left unfinished by a stopped server marked as failed", count);
		}
	}

	/** Queues the run; when the queue is full the run is failed at once with a message to try later. */
	void submit(long runId) {
		active.add(runId);
		try {
			executor.execute(() -> {
				try {
					execute(runId);
				}
				finally {
					active.remove(runId);
				}
			});
		}
		catch (TaskRejectedException ex) {
			active.remove(runId);
			log.warn("Analysis run {} refused: the queue is full", runId);
			runs.markFailed(runId, "analysis.run.failed.busy", null);
		}
	}

	@Override
	public void destroy() {
		executor.shutdown();
	}

	/** A failure the user can understand, with the message key that explains it. */
	static final class RunFailure extends RuntimeException {

		final String messageKey;

		RunFailure(String messageKey, String detail) {
			super(detail);
			this.messageKey = messageKey;
		}

	}

	private void execute(long runId) {
		try {
			analyse(runId);
		}
		catch (RunFailure failure) {
			log.warn("Analysis run {} failed: {}", runId, failure.getMessage());
			runs.markFailed(runId, failure.messageKey, failure.getMessage());
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			log.error("Analysis run {} failed", runId, ex);
			runs.markFailed(runId, "analysis.run.failed.unexpected", String.valueOf(ex.getMessage()));
		}
	}

	private void analyse(long runId) {
		AnalysisRun run = runs.find(runId).orElseThrow(() -> new RunFailure("analysis.run.failed.missing", "run gone"));
		Instant started = Instant.now();
		runs.markStarted(runId, started);

		Grid grid = data.grid(run.gridId())
			.orElseThrow(() -> new RunFailure("analysis.run.failed.dataMissing", "grid " + run.gridId()));
		PointSetInfo pointSet = data.pointSet(run.pointSetId())
			.orElseThrow(() -> new RunFailure("analysis.run.failed.dataMissing", "point set " + run.pointSetId()));
		NetworkInfo network = data.network(run.networkId())
			.orElseThrow(() -> new RunFailure("analysis.run.failed.dataMissing", "network " + run.networkId()));
		if (!grid.info().checksum().equals(run.gridChecksum()) || !pointSet.checksum().equals(run.pointSetChecksum())
				|| !network.checksum().equals(run.networkChecksum())) {
			throw new RunFailure("analysis.run.failed.dataChanged", "a data set's checksum differs from the run's");
		}
		List<RunPoint> points = RunPoint.of(data.points(run.pointSetId()), run, municipalities);
		runs.saveProgress(runId, 5);

		AccessibilityEngine engine = engines.engine(network.id(), network.checksum());
		runs.saveProgress(runId, 15);

		List<String> types = run.serviceTypes();
		ServicePoints servicePoints = RunPoint.engineInput(points, types);
		Cells cells = grid.cells();
		Accessibility result;
		try {
			int threads = Math.max(1, Math.min(types.size(), Runtime.getRuntime().availableProcessors()));
			result = engine.analyse(cells, servicePoints, run.settings().engine(threads),
					(done, total) -> runs.saveProgress(runId, 15 + 75 * done / total));
		}
		catch (IllegalArgumentException ex) {
			throw new RunFailure("analysis.run.failed.settings", ex.getMessage());
		}

		Map<String, TypeColumns> columns = new HashMap<>();
		for (int t = 0; t < types.size(); t++) {
			int[] nearest = result.nearestPoints(t).clone();
			for (int c = 0; c < nearest.length; c++) {
				if (nearest[c] >= 0) {
					nearest[c] = points.get(nearest[c]).seq();
				}
			}
			columns.put(types.get(t), new TypeColumns(result.times(t), result.meters(t), nearest));
		}
		List<PointImpact> impacts = impacts(points, result, cells.ageGroups(), run.settings().thresholdMinutes().size());
		List<MunicipalitySummary> summaries = summaries(grid, types, columns, run.settings().thresholdMinutes(),
				municipalities.names());
		int cellsOff = 0;
		long peopleOff = 0;
		for (int c = 0; c < cells.count(); c++) {
			if (!result.cellOnNetwork(c)) {
				cellsOff++;
				peopleOff += cells.population()[c];
			}
		}
		long populationOffNetwork = peopleOff;
		int pointsOff = 0;
		for (PointImpact p : impacts) {
			if (!p.onNetwork()) {
				pointsOff++;
			}
		}
		int cellsOffNetwork = cellsOff;
		int pointsOffNetwork = pointsOff;
		transaction.executeWithoutResult(status -> {
			for (String type : types) {
				runs.insertTypeColumns(runId, type, columns.get(type));
			}
			runs.insertImpacts(runId, impacts);
			runs.insertSummaries(runId, summaries);
			Instant finished = Instant.now();
			runs.markDone(runId, finished, Duration.between(started, finished).toMillis(), cells.count(),
					cells.totalPopulation(), cellsOffNetwork, populationOffNetwork, points.size(), pointsOffNetwork);
		});
		log.info("Analysis run {} done: {} cells, {} points, {} types in {} ms", runId, cells.count(), points.size(),
				types.size(), Duration.between(started, Instant.now()).toMillis());
	}

	private static List<PointImpact> impacts(List<RunPoint> points, Accessibility result, List<String> ageGroups,
			int thresholds) {
		ClosureImpact impact = result.impact();
		List<PointImpact> impacts = new ArrayList<>(points.size());
		for (int i = 0; i < points.size(); i++) {
			RunPoint p = points.get(i);
			List<Long> pushed = new ArrayList<>();
			for (int k = 0; k < thresholds; k++) {
				pushed.add(impact.pushedPast(k, i));
			}
			List<AgeGroupImpact> byAge = new ArrayList<>();
			for (int g = 0; g < ageGroups.size(); g++) {
				List<Long> pushedByAge = new ArrayList<>();
				for (int k = 0; k < thresholds; k++) {
					pushedByAge.add(impact.pushedPastByAge(g, k, i));
				}
				byAge.add(new AgeGroupImpact(ageGroups.get(g), impact.affectedByAge(g, i), pushedByAge));
			}
			impacts.add(new PointImpact(p.seq(), p.type(), p.name(), p.source(), p.x(), p.y(), p.municipalityId(),
					result.pointOnNetwork(i), p.added(), impact.servedPopulation(i), impact.affectedPopulation(i),
					impact.addedPersonMinutes(i), impact.strandedPopulation(i), pushed, byAge));
		}
		return impacts;
	}

	/**
	 * Population per municipality and type by travel-time and road-distance band, and beyond each
	 * limit; means over those who reach a point. Sums are long and double: a municipality's
	 * person-metres pass the int range at a few thousand people.
	 */
	static List<MunicipalitySummary> summaries(Grid grid, List<String> types, Map<String, TypeColumns> columns,
			List<Integer> thresholdMinutes, Map<Long, String> names) {
		List<MunicipalitySummary> summaries = new ArrayList<>();
		int[] population = grid.population();
		int kmBands = Bands.KM.size() + 1;
		for (String type : types) {
			TypeColumns col = columns.get(type);
			Map<Long, Tally> tallies = new HashMap<>();
			for (int c = 0; c < population.length; c++) {
				Tally tally = tallies.computeIfAbsent((long) grid.municipality()[c],
						m -> new Tally(thresholdMinutes.size(), kmBands));
				long people = population[c];
				int time = col.times()[c];
				int meters = col.meters()[c];
				tally.population += people;
				// A cell reaches a point or not by its time; its metres are read only when it does.
				boolean reachable = time != Accessibility.UNREACHABLE && meters != Accessibility.UNREACHABLE;
				if (!reachable) {
					tally.unreachable += people;
				}
				else {
					tally.timeBands[Bands.ofTime(time)] += people;
					tally.kmBands[Bands.ofMeters(meters)] += people;
					tally.personMinutes += people * (time / 600.0);
					tally.personKm += people * (meters / 1000.0);
				}
				for (int t = 0; t < thresholdMinutes.size(); t++) {
					if (!reachable || time > thresholdMinutes.get(t) * 600L) {
						tally.beyondThresholds[t] += people;
					}
				}
				for (int k = 0; k < Bands.KM.size(); k++) {
					if (!reachable || meters > Bands.KM.get(k) * 1000L) {
						tally.beyondKm[k] += people;
					}
				}
			}
			tallies.forEach((municipality, t) -> summaries.add(new MunicipalitySummary(type, municipality,
					names.getOrDefault(municipality, ""), t.population, t.timeBands[0], t.timeBands[1], t.timeBands[2],
					t.timeBands[3], t.unreachable, t.personMinutes, t.personKm, list(t.beyondThresholds),
					list(t.kmBands), list(t.beyondKm))));
		}
		return summaries;
	}

	private static List<Long> list(long[] values) {
		return Arrays.stream(values).boxed().toList();
	}

	/** The running sums of one municipality and type. */
	private static final class Tally {

		long population;

		long unreachable;

		double personMinutes;

		double personKm;

		final long[] timeBands = new long[Bands.MINUTES.size() + 1];

		final long[] kmBands;

		final long[] beyondThresholds;

		final long[] beyondKm = new long[Bands.KM.size()];

		Tally(int thresholds, int kmBandCount) {
			beyondThresholds = new long[thresholds];
			kmBands = new long[kmBandCount];
		}

	}

}
