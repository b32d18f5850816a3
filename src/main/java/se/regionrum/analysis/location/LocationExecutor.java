package se.regionrum.analysis.location;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import se.regionrum.analysis.run.JobAttempts;
import se.regionrum.analysis.run.RunFailure;
import se.regionrum.analysis.run.RunInputs;
import se.regionrum.analysis.run.RunPoint;
import se.regionrum.analysis.run.RunService;
import se.regionrum.platform.Jobs;
import se.regionrum.platform.SystemUser;

/**
 * Carries out a location analysis's durable job ({@link #TASK}, instance = the analysis's id): loads
 * the run's inputs as the run did, builds the candidates, asks the {@link LocationSolver} and stores
 * the results in one transaction. Its attempts are counted as a run's ({@link JobAttempts}): a server
 * that died loses the analysis to another that starts it anew, and the writes of a superseded attempt
 * are refused.
 */
@Component
class LocationExecutor {

	static final TaskDescriptor<Void> TASK = TaskDescriptor.of("analysis-location");

	private static final Logger log = LoggerFactory.getLogger(LocationExecutor.class);

	private final LocationQueries store;

	private final RunService runs;

	private final RunInputs inputs;

	private final LocationSolver solver;

	private final MunicipalityLocator municipalities;

	private final TransactionTemplate transaction;

	private final JobAttempts<LocationAnalysis> attempts;

	LocationExecutor(LocationQueries store, RunService runs, RunInputs inputs, LocationSolver solver,
			MunicipalityLocator municipalities, TransactionTemplate transaction, Jobs jobs) {
		this.store = store;
		this.runs = runs;
		this.inputs = inputs;
		this.solver = solver;
		this.municipalities = municipalities;
		this.transaction = transaction;
		this.attempts = new JobAttempts<>("Location analysis", log, store, LocationAnalysis::active, transaction, jobs,
				starts -> "started " + starts + " times");
	}

	CompletionHandler<Void> execute(long id, SchedulerState scheduler) {
		return attempts.execute(id, scheduler, this::analyse);
	}

	private void analyse(JobAttempts.Attempt<LocationAnalysis> attempt) {
		LocationAnalysis analysis = attempt.row();
		long id = analysis.id();
		Instant started = attempt.started();
		AnalysisRun run = SystemUser.call(() -> runs.get(analysis.runId()));
		RunInputs.Loaded in = inputs.load(run, () -> attempt.progress(5));
		attempt.progress(10);
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
				percent -> attempt.progress(10 + 85 * percent / 100));

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
			if (!store.markDone(id, attempt.number(), Duration.between(started, Instant.now()).toMillis(), candidates.count(),
					solution.objectiveBefore(), solution.objectiveAfter(), closedSeqs)) {
				return false;
			}
			store.insertCandidates(id, rows);
			store.insertSites(id, sites);
			store.insertMunicipalities(id, byMunicipality);
			return true;
		}));
		if (!stored) {
			throw attempt.takenOver();
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
