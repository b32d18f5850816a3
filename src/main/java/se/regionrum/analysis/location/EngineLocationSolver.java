package se.regionrum.analysis.location;

import java.util.List;

import org.springframework.stereotype.Component;

import se.regionrum.analysis.engine.CandidateGains;
import se.regionrum.analysis.engine.CandidateSites;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.engine.GainFigures;
import se.regionrum.analysis.engine.LocationInput;
import se.regionrum.analysis.engine.LocationObjective;
import se.regionrum.analysis.engine.NearestTwoSearch;
import se.regionrum.analysis.engine.SelectedSites;
import se.regionrum.analysis.engine.SiteSelection;
import se.regionrum.analysis.location.LocationSolution.ChosenSite;

/**
 * The location analysis's solver: the engine's candidate gains (one search per candidate, bounded by
 * what it can change) and its site selection (greedy with lazy bounds, then interchange). Relocation
 * keeps the number of open points: existing plus {@code k}, the closed ones listed. The tables
 * before and after (per municipality, and what each chosen site adds) come from the same attached
 * input: one search of the type's points for today (and one without the closed points), and for
 * each chosen site a search that goes only where it is faster; the times are the accessibility
 * engine's to the unit.
 * <p>
 * The selection's own figures ({@link SelectedSites#total()}, {@code byGroup()}) are not what the
 * tables show: they count milliseconds and person-time saved without the 600-minute cap of the
 * person-minutes, where the tables count the deciseconds stored run results hold (as the reference
 * solver does). So the tables are summed here from the cells' times.
 */
@Component
public class EngineLocationSolver implements LocationSolver {

	@Override
	public LocationSolution solve(LocationProblem problem, Progress progress) {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		EngineSettings given = problem.settings();
		EngineSettings settings = new EngineSettings(given.cellSnapMeters(), given.pointSnapMeters(),
				given.connectorSpeedKmh(), problem.thresholdMinutes(), threads);
		LocationInput input = LocationInput.of(problem.engine(), problem.cells(), problem.points(), problem.type(),
				settings);
		CandidateSites sites = problem.candidateNodes() != null
				? CandidateSites.atNodes(problem.engine().graph(), problem.candidateNodes())
				: CandidateSites.atPlaces(input, problem.candidateX(), problem.candidateY());
		progress.percent(5);

		// The table's minutes saved are the median objective's gains: unreachable counts as the cap.
		LocationObjective median = LocationObjective.medianTime(LocationSolution.UNREACHABLE_MINUTES);
		CandidateGains gains = CandidateGains.compute(input, sites, median, threads);
		progress.percent(60);

		boolean covering = problem.objective() == Objective.COVER;
		int coverIndex = indexOf(problem.thresholdMinutes(), problem.coverMinutes());
		LocationObjective objective = covering ? LocationObjective.coverWithin(problem.coverMinutes()) : median;
		boolean[] closable = new boolean[problem.points().count()];
		for (int p : problem.closablePoints()) {
			closable[p] = true;
		}
		SiteSelection.Options options = SiteSelection.Options.of(problem.k(), objective)
			.withAllowed(problem.candidateMask())
			.withClosable(closable)
			.withThreads(threads);
		// The cover time is among the thresholds as the web asks: the figures' people brought within it
		// are the covering gains, and the selection needs no second pass over the candidates.
		CandidateGains known = !covering ? gains : coverIndex >= 0 ? gains.coveringWithin(coverIndex) : null;
		SelectedSites selected = SiteSelection.select(input, sites, options, known);
		progress.percent(90);

		return outcome(problem, input, sites, candidateGains(problem, sites, gains), selected.chosen(),
				selected.closedPoints());
	}

	private static int indexOf(int[] values, int value) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == value) {
				return i;
			}
		}
		return -1;
	}

	private static LocationSolution.CandidateGains candidateGains(LocationProblem problem, CandidateSites sites,
			CandidateGains gains) {
		int n = problem.candidateCount();
		int thresholds = problem.thresholdMinutes().length;
		int groups = problem.cells().ageGroups().size();
		GainFigures figures = gains.figures();
		boolean[] onNetwork = new boolean[n];
		long[] faster = new long[n];
		double[] saved = new double[n];
		long[][] within = new long[thresholds][n];
		long[][][] withinByAge = new long[groups][thresholds][n];
		for (int j = 0; j < n; j++) {
			onNetwork[j] = sites.onNetwork(j);
			faster[j] = figures.improvedPopulation(j);
			saved[j] = EngineTime.toMinutes(gains.objectiveGain(j));
			for (int t = 0; t < thresholds; t++) {
				within[t][j] = figures.newlyWithin(t, j);
				for (int g = 0; g < groups; g++) {
					withinByAge[g][t][j] = figures.newlyWithinByAge(g, t, j);
				}
			}
		}
		return new LocationSolution.CandidateGains(onNetwork, faster, saved, within, withinByAge);
	}

	/** Before, after the closures and after each chosen site, from the engine's node times. */
	private static LocationSolution outcome(LocationProblem problem, LocationInput input, CandidateSites sites,
			LocationSolution.CandidateGains gains, int[] chosen, int[] closedPoints) {
		int[] today = input.nodeTimesWithout(new int[0]);
		int[] kept = closedPoints.length == 0 ? today : input.nodeTimesWithout(closedPoints);
		int[] before = deciseconds(input.cellTimes(today));
		int[] state = kept == today ? before.clone() : deciseconds(input.cellTimes(kept));
		Column[] columns = new Column[chosen.length];
		int[] afterClosures = state.clone();
		input.fasterCellTimes(sites, chosen, kept,
				(site, times) -> columns[site] = Column.fasterThan(deciseconds(times), afterClosures));
		Figures figures = new Figures(problem.cells(), problem.thresholdMinutes(), problem.coverMinutes());
		List<ChosenSite> chosenSites = figures.inGreedyOrder(problem.objective(), chosen, columns, state);
		return new LocationSolution(gains, chosenSites, closedPoints, figures.objective(problem.objective(), before),
				figures.objective(problem.objective(), state),
				figures.byMunicipality(problem.cellMunicipality(), before, state));
	}

	/** Cell times in deciseconds as the tables count them, {@link Figures#NEVER} where none is reached. */
	private static int[] deciseconds(int[] engineTimes) {
		int[] times = new int[engineTimes.length];
		for (int c = 0; c < times.length; c++) {
			times[c] = engineTimes[c] == NearestTwoSearch.INFINITE ? Figures.NEVER
					: EngineTime.toDeciseconds(engineTimes[c]);
		}
		return times;
	}

}
