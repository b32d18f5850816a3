package se.regionrum.analysis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.ReferenceDijkstra;
import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.ServicePoints;
import se.regionrum.analysis.grid.PopulationGrid;
import se.regionrum.analysis.grid.PopulationGridReader;
import se.regionrum.analysis.input.ProblemText;
import se.regionrum.analysis.network.CsvNetworkReader;
import se.regionrum.analysis.network.LinkAttributes;
import se.regionrum.analysis.network.OsmRoadNetworkReader;
import se.regionrum.analysis.network.RoadLinkReader;
import se.regionrum.analysis.servicepoint.OsmServicePointReader;
import se.regionrum.analysis.servicepoint.ServicePoint;
import se.regionrum.analysis.servicepoint.ServicePointReader;
import se.regionrum.analysis.servicepoint.ServiceTypes;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/**
 * A whole accessibility analysis from files, without the application or a database: reads a road
 * network, a population grid and service points, runs the engine and writes {@code cells.csv} and
 * {@code points.csv}. With {@code --reference} it also runs the textbook {@link ReferenceDijkstra}
 * and says whether the two agree. Exit status 0 on success, 1 on bad input, 2 on a bad command line.
 */
public final class AnalysisCommand {

	private final PrintStream out;

	AnalysisCommand(PrintStream out) {
		this.out = out;
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/** The command's work, returning its exit status, so that tests can run it in the same JVM. */
	static int run(String[] args, PrintStream out, PrintStream err) {
		CommandOptions options;
		try {
			options = CommandOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.print(CommandOptions.USAGE);
			return 2;
		}
		try {
			new AnalysisCommand(out).analyse(options);
			return 0;
		}
		catch (ImportRejectedException ex) {
			ProblemText text = new ProblemText(options.english() ? Locale.ENGLISH : Locale.forLanguageTag("sv"));
			for (ImportProblem problem : ex.problems()) {
				err.println(text.describe(problem));
			}
			return 1;
		}
		catch (IOException ex) {
			err.println("cannot write results: " + ex.getMessage());
			return 1;
		}
	}

	private void analyse(CommandOptions options) throws IOException {
		long start = System.nanoTime();
		RoadGraph graph = network(options);
		long networkDone = System.nanoTime();
		PopulationGrid grid = new PopulationGridReader().read(options.cells());
		List<ServicePoint> points = new ArrayList<>();
		for (Path file : options.points()) {
			points.addAll(new ServicePointReader().read(file));
		}
		for (Path file : options.osmPoints()) {
			points.addAll(new OsmServicePointReader(options.osmTags()).read(file));
		}
		long inputDone = System.nanoTime();
		out.printf(Locale.ROOT, "network: %d nodes kept of %d (islands left out), %d edges (%.2f s)%n", graph.nodeCount(),
				graph.inputNodeCount(), graph.edgeCount(), seconds(start, networkDone));
		out.printf(Locale.ROOT, "cells: %d, population %d; service points: %d (%.2f s)%n", grid.count(),
				grid.totalPopulation(), points.size(), seconds(networkDone, inputDone));

		List<String> types = ServiceTypes.of(points, ServiceTypes.DEFAULT);
		Cells cells = grid.toCells();
		ServicePoints enginePoints = ServiceTypes.toEngine(points, types);
		Accessibility result = new AccessibilityEngine(graph).analyse(cells, enginePoints, options.settings());
		out.printf(Locale.ROOT, "analysis: %d types, %d settled labels (%.2f s)%n", types.size(), result.settledLabels(),
				result.elapsedNanos() / 1e9);
		Summary.printTypes(out, types, grid, result);

		Files.createDirectories(options.out());
		ResultFiles.writeCells(options.out().resolve("cells.csv"), grid, types, points, result);
		ResultFiles.writePoints(options.out().resolve("points.csv"), points, result);
		out.println("wrote " + options.out().resolve("cells.csv") + " and " + options.out().resolve("points.csv"));

		if (options.reference()) {
			long referenceStart = System.nanoTime();
			Accessibility reference = new ReferenceDijkstra(graph).analyse(cells, enginePoints, options.settings());
			String difference = Summary.firstDifference(result, reference, points.size());
			out.printf(Locale.ROOT, "reference: %s (%.2f s)%n",
					difference == null ? "agrees with the engine" : "DIFFERS: " + difference,
					seconds(referenceStart, System.nanoTime()));
		}
	}

	private RoadGraph network(CommandOptions options) {
		if (options.network() != null) {
			return new OsmRoadNetworkReader().read(options.network()).graph();
		}
		if (options.links() != null) {
			return new RoadLinkReader(LinkAttributes.defaults().withSnapMeters(options.linkSnapMeters()))
				.read(options.links())
				.graph();
		}
		return new CsvNetworkReader().read(options.nodes(), options.edges());
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}
}
