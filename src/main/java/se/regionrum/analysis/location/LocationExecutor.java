package se.regionrum.analysis.location;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.location.LocationResults.Candidate;
import se.regionrum.analysis.location.LocationResults.Municipality;
import se.regionrum.analysis.location.LocationResults.Site;
import se.regionrum.analysis.location.LocationSolution.CandidateGains;
import se.regionrum.analysis.location.LocationSolution.ChosenSite;
import se.regionrum.analysis.run.AnalysisRun;
import se.regionrum.analysis.run.RunFailure;
import se.regionrum.analysis.run.RunInputs;
import se.regionrum.analysis.run.RunPoint;
import se.regionrum.analysis.run.RunService;
import se.regionrum.platform.Jobs;
import se.regionrum.platform.SystemUser;

/**
 * Carries out a location analysis's durable job ({@link #TASK}, instance = the analysis's id): loads
 * the run's inputs as the run did, builds the candidates, asks the {@link LocationSolver} and stores
 * the results in one transaction. Attempts are counted as for runs: a server that died loses the
 * analysis to another that starts it anew, and the writes of a superseded attempt are refused.
 */
@Component
class LocationExecutor {

	static final TaskDescriptor<Void> TASK = TaskDescriptor.of("analysis-location");

	static final Duration BUSY_RETRY = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(LocationExecutor.class);

	private static final CompletionHandler<Void> REMOVE = (complete, operations) -> operations.remove();

	private static final CompletionHandler<Void> LEAVE = (complete, operations) -> {
	};

	private final LocationQueries store;

	private final RunService runs;

	private final RunInputs inputs;

	private final LocationSolver solver;

	private final MunicipalityLocator municipalities;

	private final TransactionTemplate transaction;

	private final int maxTries;

	/** One at a time on this server: a solver keeps the cores busy. */
	private final ReentrantLock oneAtATime = new ReentrantLock();

	LocationExecutor(LocationQueries store, RunService runs, RunInputs inputs, LocationSolver solver,
			MunicipalityLocator municipalities, TransactionTemplate transaction, Jobs jobs) {
		this.store = store;
		this.runs = runs;
		this.inputs = inputs;
		this.solver = solver;
		this.municipalities = municipalities;
		this.transaction = transaction;
		this.maxTries = jobs.maxTries();
	}

	/** The attempt is no longer the analysis's current one, or the server is stopping. */
	private static final class Stopped extends RuntimeException {

		final boolean serverStopping;

		Stopped(boolean serverStopping) {
			super(serverStopping ? "the server is stopping" : "taken over by another server", null, false, false);
			this.serverStopping = serverStopping;
		}

	}

	CompletionHandler<Void> execute(long id, SchedulerState scheduler) {
		if (!oneAtATime.tryLock()) {
			Instant later = Instant.now().plus(BUSY_RETRY);
			return (complete, operations) -> operations.reschedule(complete, later);
		}
		try {
			return attempt(id, scheduler);
		}
		finally {
			oneAtATime.unlock();
		}
	}

	private CompletionHandler<Void> attempt(long id, SchedulerState scheduler) {
		Integer attempt = transaction.execute(status -> start(id));
		if (attempt == null) {
			return REMOVE;
		}
		Instant started = Instant.now();
		try {
			analyse(store.find(id).orElseThrow(), attempt, started, scheduler);
			return REMOVE;
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			return ended(id, attempt, ex, scheduler);
		}
	}

	private Integer start(long id) {
		if (store.markStarted(id, maxTries)) {
			return store.attempts(id);
		}
		if (store.find(id).filter(LocationAnalysis::active).isPresent()) {
			int attempts = store.attempts(id);
			store.markFailed(id, attempts, "analysis.run.failed.tooManyStarts", "started " + attempts + " times");
		}
		return null;
	}

	private CompletionHandler<Void> ended(long id, int attempt, Throwable ex, SchedulerState scheduler) {
		Stopped stopped = cause(ex, Stopped.class);
		RunFailure failure = cause(ex, RunFailure.class);
		if (stopped != null && !stopped.serverStopping) {
			return LEAVE;
		}
		if (failure == null && scheduler.isShuttingDown()) {
			Thread.interrupted();
			return store.markHandedBack(id, attempt) ? (complete, operations) -> operations.reschedule(complete, Instant.now())
					: LEAVE;
		}
		if (failure != null) {
			log.warn("Location analysis {} failed: {}", id, failure.getMessage());
		}
		else {
			log.error("Location analysis {} failed", id, ex);
		}
		boolean failed = failure != null ? store.markFailed(id, attempt, failure.messageKey(), failure.getMessage())
				: store.markFailed(id, attempt, "analysis.run.failed.unexpected", String.valueOf(ex.getMessage()));
		return failed ? REMOVE : LEAVE;
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private void progress(long id, int attempt, int percent, SchedulerState scheduler) {
		if (scheduler.isShuttingDown()) {
			throw new Stopped(true);
		}
		if (!store.saveProgress(id, attempt, percent)) {
			throw new Stopped(false);
		}
	}

	private void analyse(LocationAnalysis analysis, int attempt, Instant started, SchedulerState scheduler) {
		long id = analysis.id();
		AnalysisRun run = SystemUser.call(() -> runs.get(analysis.runId()));
		RunInputs.Loaded in = inputs.load(run, () -> progress(id, attempt, 5, scheduler));
		progress(id, attempt, 10, scheduler);
		Grid grid = in.grid();
		Candidates candidates = Candidates.of(analysis, grid, in.engine().graph(), municipalities);
		if (candidates.count() == 0) {
			throw analysis.candidateKind() == CandidateKind.ROAD_JUNCTIONS
					? new RunFailure("analysis.location.failed.noJunctions", "no junctions in cells of "
							+ analysis.minPopulation() + " people or more")
					: new RunFailure("analysis.location.failed.noCandidates", "no candidate sites");
		}
		List<RunPoint> points = in.points();
		int type = run.serviceTypes().indexOf(analysis.serviceType());
		Set<Integer> closableSeqs = new HashSet<>(analysis.closablePoints());
		List<Integer> closable = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			if (closableSeqs.contains(points.get(i).seq()) && points.get(i).type().equals(analysis.serviceType())) {
				closable.add(i);
			}
		}
		int[] thresholds = analysis.thresholdMinutes().stream().mapToInt(Integer::intValue).toArray();
		EngineSettings settings = new EngineSettings(run.settings().cellSnapMeters(), run.settings().pointSnapMeters(),
				run.settings().connectorSpeedKmh(), thresholds, 1);
		LocationProblem problem = new LocationProblem(in.engine(), settings, grid.cells(), grid.municipality(),
				in.servicePoints(run.serviceTypes()), type, candidates.x(), candidates.y(), candidates.mask(),
				analysis.siteCount(), analysis.objective(), analysis.coverMinutes(), thresholds,
				closable.stream().mapToInt(Integer::intValue).toArray(), candidates.nodes());
		LocationSolution solution = solver.solve(problem,
				percent -> progress(id, attempt, 10 + 85 * percent / 100, scheduler));

		List<Candidate> rows = candidateRows(candidates, solution.gains());
		List<Site> sites = new ArrayList<>();
		int order = 1;
		for (ChosenSite s : solution.chosen()) {
			sites.add(new Site(order++, rows.get(s.candidate()), s.peopleFaster(), s.personMinutesSaved(),
					boxed(s.broughtWithin()), s.objectiveAfter()));
		}
		List<Municipality> byMunicipality = solution.municipalities().stream()
			.map(m -> new Municipality(m.municipalityId(), null, m.population(), m.personMinutesBefore(),
					m.personMinutesAfter(), boxed(m.withinBefore()), boxed(m.withinAfter())))
			.toList();
		List<Integer> closedSeqs = java.util.Arrays.stream(solution.closedPoints()).map(i -> points.get(i).seq()).sorted()
			.boxed().toList();
		boolean stored = Boolean.TRUE.equals(transaction.execute(status -> {
			if (!store.markDone(id, attempt, Duration.between(started, Instant.now()).toMillis(), candidates.count(),
					solution.objectiveBefore(), solution.objectiveAfter(), closedSeqs)) {
				return false;
			}
			store.insertCandidates(id, rows);
			store.insertSites(id, sites);
			store.insertMunicipalities(id, byMunicipality);
			return true;
		}));
		if (!stored) {
			throw new Stopped(false);
		}
		log.info("Location analysis {} done: {} candidates, {} sites in {} ms", id, candidates.count(), sites.size(),
				Duration.between(started, Instant.now()).toMillis());
	}

	private static List<Candidate> candidateRows(Candidates candidates, CandidateGains gains) {
		List<Candidate> rows = new ArrayList<>(candidates.count());
		int thresholds = gains.broughtWithin().length;
		for (int j = 0; j < candidates.count(); j++) {
			List<Long> within = new ArrayList<>(thresholds);
			for (int t = 0; t < thresholds; t++) {
				within.add(gains.broughtWithin()[t][j]);
			}
			List<List<Long>> byAge = new ArrayList<>();
			for (long[][] group : gains.broughtWithinByAge()) {
				List<Long> values = new ArrayList<>(thresholds);
				for (int t = 0; t < thresholds; t++) {
					values.add(group[t][j]);
				}
				byAge.add(values);
			}
			rows.add(new Candidate(j, candidates.x()[j], candidates.y()[j], candidates.names()[j],
					candidates.municipality()[j], gains.onNetwork()[j], gains.peopleFaster()[j],
					gains.personMinutesSaved()[j], within, byAge));
		}
		return rows;
	}

	private static List<Long> boxed(long[] values) {
		return java.util.Arrays.stream(values).boxed().toList();
	}

}
