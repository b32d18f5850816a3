package se.regionrum.analysis.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import com.github.kagkarlsson.scheduler.SchedulerState;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.MunicipalityLocator;
import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.ClosureImpact;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.engine.ServicePoints;
import se.regionrum.analysis.run.RunResults.AgeGroupImpact;
import se.regionrum.analysis.run.RunResults.MunicipalitySummary;
import se.regionrum.analysis.run.RunResults.PointImpact;
import se.regionrum.analysis.run.RunResults.TypeColumns;
import se.regionrum.platform.Jobs;

/**
 * Carries out a run's durable job ({@link #TASK}, instance = the run's id) on whichever server
 * claimed it: reads the run's data sets (refusing any whose checksum changed), runs the engine with
 * progress, derives the per-municipality summaries and stores all results in one transaction. A
 * failure is stored as a message key the run page shows in the reader's language.
 * <p>
 * Each start of a run is an attempt, counted on the run's row. A server that died with a run loses
 * it to another server, which starts it again from the beginning; a start beyond
 * {@link Jobs#maxTries()} fails the run instead. Every write of an attempt holds only while the
 * attempt is still the run's current one, so a stalled server that wakes up after the takeover
 * stops at its next progress report, and its results are never stored.
 */
@Component
class RunExecutor {

	/** The job of one run; its instance id is the run's id. */
	static final TaskDescriptor<Void> TASK = TaskDescriptor.of("analysis-run");

	/** How long a run this server is too busy for waits before any server may claim it again. */
	static final Duration BUSY_RETRY = Duration.ofSeconds(5);

	static final String TOO_MANY_STARTS = "analysis.run.failed.tooManyStarts";

	private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);

	/** Done with the job: the run ended (done or failed) or is gone. */
	private static final CompletionHandler<Void> REMOVE = (complete, operations) -> operations.remove();

	/** The job is no longer this execution's: another server took the run over. */
	private static final CompletionHandler<Void> LEAVE = (complete, operations) -> {
	};

	private final RunQueries runs;

	private final RunInputs inputs;

	private final MunicipalityLocator municipalities;

	private final TransactionTemplate transaction;

	private final int maxTries;

	/**
	 * One run at a time on this server, though the scheduler has more threads: a run already
	 * spreads its service types over the cores, and a national graph's search workspaces take
	 * hundreds of megabytes each.
	 */
	private final ReentrantLock oneAtATime = new ReentrantLock();

	RunExecutor(RunQueries runs, RunInputs inputs, MunicipalityLocator municipalities, TransactionTemplate transaction,
			Jobs jobs) {
		this.runs = runs;
		this.inputs = inputs;
		this.municipalities = municipalities;
		this.transaction = transaction;
		this.maxTries = jobs.maxTries();
	}

	/** The attempt is no longer the run's current one: another server has taken the run over. */
	private static final class Superseded extends RuntimeException {

		Superseded() {
			super("taken over by another server", null, false, false);
		}

	}

	/** This server's scheduler is stopping: the run goes back to the queue for another server. */
	private static final class Stopping extends RuntimeException {

		Stopping() {
			super("the server is stopping", null, false, false);
		}

	}

	/**
	 * Carries out the run's job, or offers the job again a little later when this server is already
	 * running another run (so that an idle server may claim it meanwhile).
	 */
	CompletionHandler<Void> execute(long runId, SchedulerState scheduler) {
		if (!oneAtATime.tryLock()) {
			Instant later = Instant.now().plus(BUSY_RETRY);
			return (complete, operations) -> operations.reschedule(complete, later);
		}
		try {
			return attempt(runId, scheduler);
		}
		finally {
			oneAtATime.unlock();
		}
	}

	/** The run as it was when this attempt started, and the attempt's number. */
	private record Attempt(AnalysisRun run, int number, Instant started) {
	}

	private CompletionHandler<Void> attempt(long runId, SchedulerState scheduler) {
		Attempt attempt = transaction.execute(status -> start(runId));
		if (attempt == null) {
			return REMOVE;
		}
		try {
			analyse(attempt, scheduler);
			return REMOVE;
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			return ended(attempt, ex, scheduler);
		}
	}

	/**
	 * Starts the run's next attempt, or fails the run when it has started as many times as a job may;
	 * null when there is nothing to run (the run ended, is gone or has just failed).
	 */
	private Attempt start(long runId) {
		Instant started = Instant.now();
		if (runs.markStarted(runId, started, maxTries)) {
			return new Attempt(runs.find(runId).orElseThrow(), runs.attempts(runId), started);
		}
		if (runs.find(runId).filter(AnalysisRun::active).isPresent()) {
			int attempts = runs.attempts(runId);
			log.warn("Analysis run {} failed: started {} times, each time on a server that stopped before it finished",
					runId, attempts);
			runs.markFailed(runId, attempts, TOO_MANY_STARTS, "started " + attempts + " times, each time on a server "
					+ "that stopped before it finished (regionrum.jobs.max-tries=" + maxTries + ")");
		}
		return null;
	}

	/** What becomes of the job when an attempt ends by an exception. */
	private CompletionHandler<Void> ended(Attempt attempt, Throwable ex, SchedulerState scheduler) {
		long runId = attempt.run().id();
		if (cause(ex, Superseded.class) != null) {
			log.warn("Analysis run {}: attempt {} was taken over by another server; its work here is discarded", runId,
					attempt.number());
			return LEAVE;
		}
		RunFailure failure = cause(ex, RunFailure.class);
		if (failure == null && scheduler.isShuttingDown()) {
			// The scheduler interrupts what it has waited for too long; the hand-back must still be written.
			Thread.interrupted();
			if (!runs.markHandedBack(runId, attempt.number())) {
				return LEAVE;
			}
			log.info("Analysis run {} handed back to the queue: this server is stopping", runId);
			return (complete, operations) -> operations.reschedule(complete, Instant.now());
		}
		if (failure != null) {
			log.warn("Analysis run {} failed: {}", runId, failure.getMessage());
		}
		else {
			log.error("Analysis run {} failed", runId, ex);
		}
		boolean failed = failure != null ? runs.markFailed(runId, attempt.number(), failure.messageKey(), failure.getMessage())
				: runs.markFailed(runId, attempt.number(), "analysis.run.failed.unexpected", String.valueOf(ex.getMessage()));
		return failed ? REMOVE : LEAVE;
	}

	/** The exception itself or its first cause of the given class (the engine wraps its workers' ones). */
	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	/** Saves the attempt's progress; stops the attempt when the server is stopping or the run was taken over. */
	private void progress(Attempt attempt, int percent, SchedulerState scheduler) {
		if (scheduler.isShuttingDown()) {
			throw new Stopping();
		}
		if (!runs.saveProgress(attempt.run().id(), attempt.number(), percent)) {
			throw new Superseded();
		}
	}

	private void analyse(Attempt attempt, SchedulerState scheduler) {
		AnalysisRun run = attempt.run();
		long runId = run.id();
		RunInputs.Loaded in = inputs.load(run, () -> progress(attempt, 5, scheduler));
		Grid grid = in.grid();
		List<RunPoint> points = in.points();
		AccessibilityEngine engine = in.engine();
		progress(attempt, 15, scheduler);

		List<String> types = run.serviceTypes();
		ServicePoints servicePoints = RunPoint.engineInput(points, types);
		Cells cells = grid.cells();
		Accessibility result;
		try {
			int threads = Math.max(1, Math.min(types.size(), Runtime.getRuntime().availableProcessors()));
			result = engine.analyse(cells, servicePoints, run.settings().engine(threads),
					(done, total) -> progress(attempt, 15 + 75 * done / total, scheduler));
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
			// runs store whole deciseconds, as before the engine counted in milliseconds
			columns.put(types.get(t),
					new TypeColumns(EngineTime.toDeciseconds(result.times(t)), result.meters(t), nearest));
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
		Instant started = attempt.started();
		boolean stored = Boolean.TRUE.equals(transaction.execute(status -> {
			Instant finished = Instant.now();
			// Marked done first: the update holds the run's row, and only while this attempt is current.
			if (!runs.markDone(runId, attempt.number(), finished, Duration.between(started, finished).toMillis(),
					cells.count(), cells.totalPopulation(), cellsOffNetwork, populationOffNetwork, points.size(),
					pointsOffNetwork)) {
				return false;
			}
			for (String type : types) {
				runs.insertTypeColumns(runId, type, columns.get(type));
			}
			runs.insertImpacts(runId, impacts);
			runs.insertSummaries(runId, summaries);
			return true;
		}));
		if (!stored) {
			throw new Superseded();
		}
		log.info("Analysis run {} done: {} cells, {} points, {} types in {} ms (attempt {})", runId, cells.count(),
				points.size(), types.size(), Duration.between(started, Instant.now()).toMillis(), attempt.number());
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
					tally.personMinutes += people * EngineTime.decisecondsToMinutes(time);
					tally.personKm += people * (meters / 1000.0);
				}
				for (int t = 0; t < thresholdMinutes.size(); t++) {
					if (!reachable || time > (long) thresholdMinutes.get(t) * EngineTime.DECISECONDS_PER_MINUTE) {
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
