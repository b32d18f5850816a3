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
import se.regionrum.analysis.engine.SelectedSites;
import se.regionrum.analysis.engine.SiteSelection;
import se.regionrum.analysis.location.LocationSolution.ChosenSite;

/**
 * The location analysis's solver: the engine's candidate gains (one search per candidate, bounded by
 * what it can change) and its site selection (greedy with lazy bounds, then interchange). Relocation
 * keeps the number of open points: existing plus {@code k}, the closed ones listed. The tables
 * before and after (per municipality, and what each chosen site adds) come from the accessibility
 * engine's own times for those few configurations.
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
		LocationObjective objective = covering ? LocationObjective.coverWithin(problem.coverMinutes()) : median;
		boolean[] closable = new boolean[problem.points().count()];
		for (int p : problem.closablePoints()) {
			closable[p] = true;
		}
		SiteSelection.Options options = SiteSelection.Options.of(problem.k(), objective)
			.withAllowed(problem.candidateMask())
			.withClosable(closable)
			.withThreads(threads);
		SelectedSites selected = SiteSelection.select(input, sites, options, covering ? null : gains);
		progress.percent(90);

		return outcome(problem, settings, candidateGains(problem, sites, gains), selected.chosen(),
				selected.closedPoints());
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

	/** Before, after the closures and after each chosen site, from the accessibility engine's times. */
	private static LocationSolution outcome(LocationProblem problem, EngineSettings settings,
			LocationSolution.CandidateGains gains, int[] chosen, int[] closedPoints) {
		SoloTimes solo = new SoloTimes(problem.engine(), settings, problem.cells());
		int[] ofType = problem.points().ofType(problem.type());
		int[] before = solo.nearestOf(coordinates(problem, ofType, true), coordinates(problem, ofType, false));
		int[] kept = java.util.Arrays.stream(ofType)
			.filter(p -> java.util.Arrays.stream(closedPoints).noneMatch(c -> c == p))
			.toArray();
		int[] state = solo.nearestOf(coordinates(problem, kept, true), coordinates(problem, kept, false));
		double[] cx = new double[chosen.length];
		double[] cy = new double[chosen.length];
		for (int i = 0; i < chosen.length; i++) {
			cx[i] = problem.candidateX()[chosen[i]];
			cy[i] = problem.candidateY()[chosen[i]];
		}
		Column[] columns = new Column[chosen.length];
		int[] afterClosures = state.clone();
		solo.each(cx, cy, (site, onNetwork, times) -> columns[site] = Column.fasterThan(times, afterClosures),
				Progress.NONE, 0, 100);
		Figures figures = new Figures(problem.cells(), problem.thresholdMinutes(), problem.coverMinutes());
		List<ChosenSite> sites = figures.inGreedyOrder(problem.objective(), chosen, columns, state);
		return new LocationSolution(gains, sites, closedPoints, figures.objective(problem.objective(), before),
				figures.objective(problem.objective(), state),
				figures.byMunicipality(problem.cellMunicipality(), before, state));
	}

	private static double[] coordinates(LocationProblem problem, int[] points, boolean x) {
		double[] values = new double[points.length];
		for (int i = 0; i < points.length; i++) {
			values[i] = x ? problem.points().x()[points[i]] : problem.points().y()[points[i]];
		}
		return values;
	}

}
