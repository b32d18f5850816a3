package se.regionrum.analysis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.engine.ReferenceDijkstra;
import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.Scenario;
import se.regionrum.analysis.engine.ServicePoints;
import se.regionrum.analysis.grid.PopulationGrid;
import se.regionrum.analysis.grid.PopulationGridReader;
import se.regionrum.analysis.input.ProblemText;
import se.regionrum.analysis.network.CsvNetworkReader;
import se.regionrum.analysis.network.LinkAttributes;
import se.regionrum.analysis.network.OsmRoadNetworkReader;
import se.regionrum.analysis.network.RoadLinkReader;
import se.regionrum.analysis.servicepoint.OsmServicePointReader;
import se.regionrum.analysis.servicepoint.OsmServiceTag;
import se.regionrum.analysis.servicepoint.ServicePoint;
import se.regionrum.analysis.servicepoint.ServicePointReader;
import se.regionrum.analysis.servicepoint.ServiceTypeIndex;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/**
 * A whole accessibility analysis from files, without the application or a database: reads a road
 * network, a population grid and service points, runs the engine and writes {@code cells.csv} and
 * {@code points.csv}. With {@code --reference} it also runs the textbook {@link ReferenceDijkstra}
 * and says whether the two agree; with {@code --close}/{@code --open} it evaluates a scenario
 * against the result ({@link ScenarioCommand}), with {@code --locate} a location analysis
 * ({@link LocateCommand}). Exit status 0 on success, 1 on bad input (problems listed under
 * the file they are in), 2 on a bad command line. Points too far from the network to be analysed
 * and cells too far to reach it are counted in warnings on the error stream.
 */
public final class AnalysisCommand {

	/** How many dropped points a warning names. */
	static final int EXAMPLES = 5;

	private final PrintStream out;

	private final PrintStream err;

	private final ProblemText text;

	AnalysisCommand(PrintStream out, PrintStream err, ProblemText text) {
		this.out = out;
		this.err = err;
		this.text = text;
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/** The command's work, returning its exit status, so that tests can run it in the same JVM. */
	static int run(String[] args, PrintStream out, PrintStream err) {
		CommandOptions options;
		LocateOptions locate;
		ScenarioOptions scenario;
		try {
			LocateOptions.Split split = LocateOptions.split(args);
			locate = split.options();
			ScenarioOptions.Split scenarioSplit = ScenarioOptions.split(split.rest());
			scenario = scenarioSplit.options();
			options = CommandOptions.parse(scenarioSplit.rest());
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.print(CommandOptions.USAGE);
			err.print(LocateOptions.USAGE);
			err.print(ScenarioOptions.USAGE);
			return 2;
		}
		ProblemText text = new ProblemText(options.english() ? Locale.ENGLISH : Locale.forLanguageTag("sv"));
		try {
			new AnalysisCommand(out, err, text).analyse(options, locate, scenario);
			return 0;
		}
		catch (InputRejected ex) {
			err.println(text.message("analysis.cli.problemsIn", ex.files));
			for (ImportProblem problem : ex.problems) {
				err.println("  " + text.describe(problem));
			}
			return 1;
		}
		catch (IOException ex) {
			err.println("cannot write results: " + ex.getMessage());
			return 1;
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return 1;
		}
	}

	private void analyse(CommandOptions options, LocateOptions locate, ScenarioOptions scenarioOptions)
			throws IOException {
		long start = System.nanoTime();
		RoadGraph graph = network(options);
		long networkDone = System.nanoTime();
		PopulationGrid grid = read(options.cells(), () -> new PopulationGridReader().read(options.cells()));
		LocateCommand.checkMunicipalities(locate, grid);
		List<ServicePoint> points = new ArrayList<>();
		// Without --types any type a file names is taken, so that any data set is analysed in one call.
		ServicePointReader pointReader = new ServicePointReader(options.types());
		for (Path file : options.points()) {
			points.addAll(read(file, () -> pointReader.read(file)));
		}
		List<OsmServiceTag> tags = options.types().isEmpty() ? options.osmTags()
				: options.osmTags().stream().filter(t -> options.types().contains(t.type())).toList();
		for (Path file : options.osmPoints()) {
			points.addAll(read(file, () -> new OsmServicePointReader(tags).read(file)));
		}
		if (points.isEmpty()) {
			List<Path> files = new ArrayList<>(options.points());
			files.addAll(options.osmPoints());
			throw new InputRejected(names(files), List.of(ImportProblem.ofFile("analysis.cli.noPoints", names(files))));
		}
		long inputDone = System.nanoTime();
		out.printf(Locale.ROOT, "network: %d nodes kept of %d (islands left out), %d edges (%.2f s)%n", graph.nodeCount(),
				graph.inputNodeCount(), graph.edgeCount(), seconds(start, networkDone));
		out.printf(Locale.ROOT, "cells: %d, population %d; service points: %d (%.2f s)%n", grid.count(),
				grid.totalPopulation(), points.size(), seconds(networkDone, inputDone));

		List<String> types = options.types().isEmpty() ? ServiceTypeIndex.of(points, ServiceTypeIndex.DEFAULT) : options.types();
		Cells cells = grid.toCells();
		ServicePoints enginePoints = ServiceTypeIndex.toEngine(points, types);
		// checked before the analysis runs, so that a mistyped id costs no waiting and writes no files
		Scenario scenario = scenarioOptions == null ? null : ScenarioCommand.scenario(scenarioOptions, points, types);
		AccessibilityEngine engine = new AccessibilityEngine(graph);
		Accessibility result = engine.analyse(cells, enginePoints, options.settings());
		out.printf(Locale.ROOT, "analysis: %d types, %d settled labels (%.2f s)%n", types.size(), result.settledLabels(),
				result.elapsedNanos() / 1e9);
		warnOffNetwork(grid, points, result, options.settings());
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
		if (scenario != null) {
			new ScenarioCommand(out, err, text).run(scenario, scenarioOptions, engine, grid, cells, types, points, enginePoints,
					options.settings(), result, options.out());
		}
		if (locate != null) {
			new LocateCommand(out).run(locate, graph, grid, types, points, enginePoints, options.settings(), options.out());
		}
	}

	/**
	 * Says on the console what the result files alone would hide: points too far from the network
	 * to be in the analysis (with a few of them named), and cells too far to reach anything.
	 */
	private void warnOffNetwork(PopulationGrid grid, List<ServicePoint> points, Accessibility result,
			EngineSettings settings) {
		List<String> examples = new ArrayList<>();
		int dropped = 0;
		for (int p = 0; p < points.size(); p++) {
			if (!result.pointOnNetwork(p)) {
				dropped++;
				if (examples.size() < EXAMPLES) {
					ServicePoint point = points.get(p);
					examples.add(point.name().isBlank() ? point.id() : point.id() + " (" + point.name() + ")");
				}
			}
		}
		if (dropped > 0) {
			err.println(text.message("analysis.cli.pointsOffNetwork", dropped, points.size(),
					Math.round(settings.pointSnapMeters()), String.join(", ", examples) + (dropped > EXAMPLES ? ", …" : "")));
		}
		int cellsOff = 0;
		long peopleOff = 0;
		for (int c = 0; c < grid.count(); c++) {
			if (!result.cellOnNetwork(c)) {
				cellsOff++;
				peopleOff += grid.population()[c];
			}
		}
		if (cellsOff > 0) {
			err.println(text.message("analysis.cli.cellsOffNetwork", cellsOff, grid.count(), peopleOff,
					Math.round(settings.cellSnapMeters())));
		}
	}

	private RoadGraph network(CommandOptions options) {
		if (options.network() != null) {
			return read(options.network(), () -> new OsmRoadNetworkReader(options.mode()).read(options.network()).graph());
		}
		if (options.links() != null) {
			return read(options.links(),
					() -> new RoadLinkReader(LinkAttributes.defaults().withSnapMeters(options.linkSnapMeters()))
						.read(options.links())
						.graph());
		}
		return read(names(List.of(options.nodes(), options.edges())),
				() -> new CsvNetworkReader().read(options.nodes(), options.edges()));
	}

	/** Reads one input, so that its problems are listed under the name of the file they are in. */
	private static <T> T read(Path file, Supplier<T> reader) {
		return read(file.getFileName().toString(), reader);
	}

	private static <T> T read(String files, Supplier<T> reader) {
		try {
			return reader.get();
		}
		catch (ImportRejectedException ex) {
			throw new InputRejected(files, ex.problems());
		}
	}

	private static String names(List<Path> files) {
		return String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

	/** The problems of one input (or of the two files of a CSV network), with the file names. */
	private static final class InputRejected extends RuntimeException {

		final String files;

		final List<ImportProblem> problems;

		InputRejected(String files, List<ImportProblem> problems) {
			super(problems.size() + " problem(s) in " + files);
			this.files = files;
			this.problems = problems;
		}
	}
}
