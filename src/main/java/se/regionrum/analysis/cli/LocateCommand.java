package se.regionrum.analysis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.CandidateGains;
import se.regionrum.analysis.engine.CandidateSites;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.engine.GainFigures;
import se.regionrum.analysis.engine.LocationInput;
import se.regionrum.analysis.engine.LocationObjective;
import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.SelectedSites;
import se.regionrum.analysis.engine.ServicePoints;
import se.regionrum.analysis.engine.SiteSelection;
import se.regionrum.analysis.grid.PopulationGrid;
import se.regionrum.analysis.servicepoint.ServicePoint;

/**
 * The command's location analysis ({@code --locate TYPE}): the gain of a new point of the type at
 * every candidate site, then the best {@code k} sites by greedy and interchange, written beside the
 * analysis results and summed up on the console.
 */
final class LocateCommand {

	private final PrintStream out;

	LocateCommand(PrintStream out) {
		this.out = out;
	}

	/** Runs and writes the files; an input that does not fit (an unknown type, a bad candidate file) is an IllegalArgumentException. */
	void run(LocateOptions locate, RoadGraph graph, PopulationGrid grid, List<String> types, List<ServicePoint> named,
			ServicePoints points, EngineSettings settings, Path outDir) throws IOException {
		int type = types.indexOf(locate.type());
		if (type < 0) {
			throw new IllegalArgumentException("--locate: no service type \"" + locate.type() + "\" among " + types);
		}
		boolean[] allowed = null;
		long start = System.nanoTime();
		AccessibilityEngine engine = new AccessibilityEngine(graph);
		LocationInput input = LocationInput.of(engine, grid.toCells(), points, type, settings);
		LocationFiles.Places places = places(locate, graph, grid);
		CandidateSites sites = switch (locate.candidates() == null ? "file" : locate.candidates()) {
			case "nodes" -> CandidateSites.atNodes(graph, allNodes(graph));
			default -> CandidateSites.atPlaces(input, places.x(), places.y());
		};
		LocationObjective objective = locate.objective();
		CandidateGains gains = CandidateGains.compute(input, sites, objective, settings.threads());
		Map<String, Integer> groupOf = new HashMap<>();
		List<String> municipalities = new ArrayList<>();
		SiteSelection.Options options = SiteSelection.Options.of(locate.k(), objective).withThreads(settings.threads());
		if (!locate.municipalities().isEmpty()) {
			allowed = allowedSites(locate, grid, places);
			options = options.withAllowed(allowed);
		}
		if (locate.closable()) {
			boolean[] closable = new boolean[points.count()];
			for (int p : points.ofType(type)) {
				closable[p] = true;
			}
			options = options.withClosable(closable);
		}
		if (grid.municipality() != null) {
			int[] group = new int[grid.count()];
			for (int c = 0; c < group.length; c++) {
				String code = grid.municipality()[c];
				group[c] = code == null || code.isBlank() ? -1 : groupOf.computeIfAbsent(code, m -> {
					municipalities.add(m);
					return municipalities.size() - 1;
				});
			}
			options = options.withGroups(group, municipalities.size());
		}
		SelectedSites chosen = SiteSelection.select(input, sites, options, gains);

		int[] thresholds = settings.thresholdMinutes();
		List<String> ages = grid.ageGroups();
		boolean[] onNetwork = new boolean[sites.count()];
		for (int i = 0; i < onNetwork.length; i++) {
			onNetwork[i] = sites.onNetwork(i);
		}
		LocationFiles.writeCandidates(outDir.resolve("candidates.csv"), places, onNetwork, allowed, gains, thresholds,
				ages);
		LocationFiles.writeSites(outDir.resolve("sites.csv"), places, chosen, gains, thresholds, ages);
		LocationFiles.writeSitesGeoJson(outDir.resolve("sites.geojson"), places, chosen, gains, locate.type());
		if (chosen.byGroup() != null) {
			LocationFiles.writeByMunicipality(outDir.resolve("sites_by_municipality.csv"), municipalities,
					chosen.byGroup(), thresholds, ages);
		}
		if (locate.closable()) {
			LocationFiles.writeClosed(outDir.resolve("closed_points.csv"), named, chosen.closedPoints());
		}
		summarise(locate, places, sites, gains, chosen, (System.nanoTime() - start) / 1e9);
		if (locate.closable()) {
			List<String> closed = new ArrayList<>();
			for (int p : chosen.closedPoints()) {
				closed.add(named.get(p).id());
			}
			// a moved point leaves some people slower, which the line above, made for openings, leaves out
			GainFigures total = chosen.total();
			out.printf(Locale.ROOT, "  moved away from %d existing point(s)%s; %d people slower, %.0f person-minutes added%n",
					closed.size(), closed.isEmpty() ? "" : ": " + String.join(", ", closed), total.worsenedPopulation(0),
					EngineTime.toMinutes(total.personTimeAdded(0)));
		}
	}

	/**
	 * Refuses a municipality restriction the cells file cannot answer: no municipality column, or a
	 * code no cell has. Called as soon as the grid is read, so that the mistake costs no analysis.
	 */
	static void checkMunicipalities(LocateOptions locate, PopulationGrid grid) {
		if (locate == null || locate.municipalities().isEmpty()) {
			return;
		}
		String[] municipality = grid.municipality();
		if (municipality == null) {
			throw new IllegalArgumentException("--only-municipalities: the cells file has no municipality column "
					+ "(kommun, kommunkod, kn_kod or municipality), so candidates cannot be restricted");
		}
		Set<String> present = new HashSet<>(Arrays.asList(municipality));
		for (String code : locate.municipalities()) {
			if (!present.contains(code)) {
				throw new IllegalArgumentException("--only-municipalities: no cell of the cells file lies in municipality \""
						+ code + "\"");
			}
		}
	}

	/**
	 * Per candidate, whether it lies in one of the chosen municipalities: a cell in its own, any
	 * other place in that of the nearest cell (the cells file is all the CLI knows of borders).
	 */
	static boolean[] allowedSites(LocateOptions locate, PopulationGrid grid, LocationFiles.Places places) {
		checkMunicipalities(locate, grid);
		String[] municipality = grid.municipality();
		Set<String> wanted = new HashSet<>(locate.municipalities());
		boolean atCells = "cells".equals(locate.candidates());
		int[] nearest = atCells ? null : NearestCell.of(grid.x(), grid.y(), places.x(), places.y());
		boolean[] allowed = new boolean[places.id().length];
		for (int i = 0; i < allowed.length; i++) {
			int cell = atCells ? i : nearest[i];
			allowed[i] = cell >= 0 && wanted.contains(municipality[cell]);
		}
		return allowed;
	}

	private void summarise(LocateOptions locate, LocationFiles.Places places, CandidateSites sites, CandidateGains gains,
			SelectedSites chosen, double seconds) {
		int best = -1;
		for (int i = 0; i < gains.count(); i++) {
			if (best < 0 || gains.objectiveGain(i) > gains.objectiveGain(best)) {
				best = i;
			}
		}
		out.printf(Locale.ROOT, "location analysis, %s: %d candidates (%.2f s in all, gains %.2f s, choice %.2f s)%n",
				locate.type(), sites.count(), seconds, gains.elapsedNanos() / 1e9, chosen.elapsedNanos() / 1e9);
		if (best >= 0) {
			GainFigures f = gains.figures();
			out.printf(Locale.ROOT, "  best single site %s: %d people faster, %.0f person-minutes saved, %d newly reached%n",
					places.id()[best], f.improvedPopulation(best), f.personMinutesSaved(best), f.newlyReached(best));
		}
		String unit = locate.cover() ? "people beyond " + locate.coverMinutes() + " min" : "person-minutes (capped)";
		out.printf(Locale.ROOT, "  best %d sites (%s): %s; %s %s before, %s after greedy, %s after %d swap(s)%n",
				chosen.chosen().length, locate.cover() ? "cover" : "median", ids(places, chosen.chosen()), unit,
				value(locate, chosen.objectiveBefore()), value(locate, chosen.objectiveGreedy()),
				value(locate, chosen.objectiveAfter()), chosen.swaps());
		GainFigures total = chosen.total();
		out.printf(Locale.ROOT, "  together: %d people faster, %.0f person-minutes saved, %d newly reached%n",
				total.improvedPopulation(0), total.personMinutesSaved(0), total.newlyReached(0));
	}

	private static String value(LocateOptions locate, long objective) {
		return locate.cover() ? Long.toString(objective) : String.format(Locale.ROOT, "%.0f", EngineTime.toMinutes(objective));
	}

	private static String ids(LocationFiles.Places places, int[] chosen) {
		List<String> names = new ArrayList<>();
		for (int site : chosen) {
			names.add(places.id()[site]);
		}
		return String.join(", ", names);
	}

	private static LocationFiles.Places places(LocateOptions locate, RoadGraph graph, PopulationGrid grid)
			throws IOException {
		if (locate.candidateFile() != null) {
			return LocationFiles.readCandidates(locate.candidateFile());
		}
		if (locate.candidates().equals("cells")) {
			return new LocationFiles.Places(grid.id(), grid.x(), grid.y());
		}
		int n = graph.nodeCount();
		String[] id = new String[n];
		double[] x = new double[n];
		double[] y = new double[n];
		for (int v = 0; v < n; v++) {
			id[v] = "node/" + v;
			x[v] = graph.x(v);
			y[v] = graph.y(v);
		}
		return new LocationFiles.Places(id, x, y);
	}

	private static int[] allNodes(RoadGraph graph) {
		int[] nodes = new int[graph.nodeCount()];
		for (int v = 0; v < nodes.length; v++) {
			nodes[v] = v;
		}
		return nodes;
	}
}
