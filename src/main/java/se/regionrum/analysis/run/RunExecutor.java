package se.regionrum.analysis.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * progress, derives the per-municipality summaries and stores all results in one transaction. Its
 * attempts (one run at a time per server, counted starts, takeovers, failures) are
 * {@link JobAttempts}'s.
 */
@Component
class RunExecutor {

	/** The job of one run; its instance id is the run's id. */
	static final TaskDescriptor<Void> TASK = TaskDescriptor.of("analysis-run");

	private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);

	private final RunQueries runs;

	private final RunInputs inputs;

	private final MunicipalityLocator municipalities;

	private final TransactionTemplate transaction;

	private final JobAttempts<AnalysisRun> attempts;

	RunExecutor(RunQueries runs, RunInputs inputs, MunicipalityLocator municipalities, TransactionTemplate transaction,
			Jobs jobs) {
		this.runs = runs;
		this.inputs = inputs;
		this.municipalities = municipalities;
		this.transaction = transaction;
		this.attempts = new JobAttempts<>("Analysis run", log, runs, AnalysisRun::active, transaction, jobs,
				starts -> "started " + starts + " times, each time on a server that stopped before it finished "
						+ "(regionrum.jobs.max-tries=" + jobs.maxTries() + ")");
	}

	/**
	 * Carries out the run's job, or offers the job again a little later when this server is already
	 * running another run (so that an idle server may claim it meanwhile).
	 */
	CompletionHandler<Void> execute(long runId, SchedulerState scheduler) {
		return attempts.execute(runId, scheduler, this::analyse);
	}

	private void analyse(JobAttempts.Attempt<AnalysisRun> attempt) {
		AnalysisRun run = attempt.row();
		long runId = run.id();
		RunInputs.Loaded in = inputs.load(run, () -> attempt.progress(5));
		Grid grid = in.grid();
		List<RunPoint> points = in.points();
		AccessibilityEngine engine = in.engine();
		attempt.progress(15);

		List<String> types = run.serviceTypes();
		ServicePoints servicePoints = RunPoint.engineInput(points, types);
		Cells cells = grid.cells();
		Accessibility result;
		try {
			int threads = Math.max(1, Math.min(types.size(), Runtime.getRuntime().availableProcessors()));
			result = engine.analyse(cells, servicePoints, run.settings().engine(threads),
					(done, total) -> attempt.progress(15 + 75 * done / total));
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
			throw attempt.takenOver();
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
