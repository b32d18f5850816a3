package se.regionrum.analysis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;

import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.engine.Scenario;
import se.regionrum.analysis.engine.ScenarioEngine;
import se.regionrum.analysis.engine.ScenarioResult;
import se.regionrum.analysis.engine.ServicePoints;
import se.regionrum.analysis.grid.PopulationGrid;
import se.regionrum.analysis.input.ProblemText;
import se.regionrum.analysis.servicepoint.ServicePoint;

/**
 * The command's scenario ({@code --close}, {@code --open}): evaluated against the base analysis by
 * the {@link ScenarioEngine} (a bounded search from the changed points, not a second analysis), and
 * written as {@code scenario_cells.csv} (the form of {@code cells.csv}, so that the two can be
 * compared line by line) and {@code scenario_changes.csv} (the cells whose time changes), with a
 * line per changed type on the console.
 */
final class ScenarioCommand {

	/** Id prefix of opened points in the result files: {@code opened/1} is the first {@code --open}. */
	static final String OPENED_ID = "opened/";

	private final PrintStream out;

	private final PrintStream err;

	private final ProblemText text;

	ScenarioCommand(PrintStream out, PrintStream err, ProblemText text) {
		this.out = out;
		this.err = err;
		this.text = text;
	}

	/**
	 * The scenario in engine terms, checked against the inputs before the analysis runs. An id
	 * closes every point that has it (two files may each have a point 1); an unknown id or type is an
	 * IllegalArgumentException naming the option.
	 */
	static Scenario scenario(ScenarioOptions options, List<ServicePoint> points, List<String> types) {
		Map<String, List<Integer>> byId = new HashMap<>();
		for (int p = 0; p < points.size(); p++) {
			byId.computeIfAbsent(points.get(p).id(), id -> new ArrayList<>()).add(p);
		}
		Scenario.Builder scenario = Scenario.builder();
		for (String id : options.closed()) {
			List<Integer> matches = byId.get(id);
			if (matches == null) {
				throw new IllegalArgumentException("--close: no service point has the id \"" + id
						+ "\" (the point_id column of points.csv)");
			}
			matches.forEach(scenario::close);
		}
		for (ScenarioOptions.Opening opening : options.opened()) {
			int type = types.indexOf(opening.type());
			if (type < 0) {
				throw new IllegalArgumentException("--open: no service type \"" + opening.type() + "\" among " + types);
			}
			scenario.open(type, opening.x(), opening.y());
		}
		return scenario.build();
	}

	/** Evaluates the scenario against {@code base} (the analysis of {@code cells} and {@code points}) and writes the files. */
	void run(Scenario scenario, ScenarioOptions options, AccessibilityEngine engine, PopulationGrid grid, Cells cells,
			List<String> types, List<ServicePoint> points, ServicePoints enginePoints, EngineSettings settings,
			Accessibility base, Path outDir) throws IOException {
		long start = System.nanoTime();
		ScenarioEngine scenarios = new ScenarioEngine(engine, cells, enginePoints, settings, base);
		// the base labels are a one-off per type; made here, the evaluation's time is the scenario's own
		for (int type : touchedTypes(scenario, enginePoints)) {
			scenarios.prepare(type);
		}
		long prepared = System.nanoTime();
		ScenarioResult result = scenarios.evaluate(scenario);

		List<ServicePoint> all = new ArrayList<>(points);
		for (int i = 0; i < scenario.openedCount(); i++) {
			ScenarioOptions.Opening opening = options.opened().get(i);
			all.add(new ServicePoint(OPENED_ID + (i + 1), opening.type(), "", opening.x(), opening.y()));
			if (!result.openedOnNetwork(i)) {
				err.println(text.message("analysis.cli.openedOffNetwork",
						String.format(Locale.ROOT, "%s:%.0f,%.0f", opening.type(), opening.x(), opening.y()),
						Math.round(settings.pointSnapMeters())));
			}
		}
		Path cellsFile = outDir.resolve("scenario_cells.csv");
		Path changesFile = outDir.resolve("scenario_changes.csv");
		ResultFiles.writeCells(cellsFile, grid, types, all, result::times, result::meters, result::nearestPoints);
		writeChanges(changesFile, grid, types, result);

		out.printf(Locale.ROOT, "scenario: %d point(s) closed, %d opened; prepared in %d ms, evaluated in %d ms%n",
				distinct(scenario.closedPoints(), points.size()), scenario.openedCount(), (prepared - start) / 1_000_000,
				result.elapsedNanos() / 1_000_000);
		Summary.printScenario(out, types, result);
		out.println("wrote " + cellsFile + " and " + changesFile);
	}

	/** Per changed type, the cells whose time changes: before and after in minutes, blank where no point is reached. */
	static void writeChanges(Path file, PopulationGrid grid, List<String> types, ScenarioResult result)
			throws IOException {
		String lineEnd = CSVFormat.DEFAULT.getRecordSeparator();
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write(CSVFormat.DEFAULT.format("cell_id", "type", "base_minutes", "scenario_minutes", "change_minutes"));
			writer.write(lineEnd);
			for (int t = 0; t < types.size(); t++) {
				String type = ResultFiles.field(types.get(t));
				for (int c : result.changedCells(t)) {
					if (result.timeChange(t, c) == 0) {
						continue;
					}
					int before = result.baseTime(t, c);
					int after = result.time(t, c);
					boolean both = before != Accessibility.UNREACHABLE && after != Accessibility.UNREACHABLE;
					writer.write(CSVFormat.DEFAULT.format(grid.id()[c]) + "," + type + "," + minutes(before) + ","
							+ minutes(after) + ","
							+ (both ? ResultFiles.hundredths(hundredthsOfMinute(after) - hundredthsOfMinute(before), 100) : ""));
					writer.write(lineEnd);
				}
			}
		}
	}

	/** The minutes as the files show them, in hundredths: the change is then the difference of what is shown. */
	private static long hundredthsOfMinute(int units) {
		long deciseconds = EngineTime.toDeciseconds(units);
		return (deciseconds * 200 + EngineTime.DECISECONDS_PER_MINUTE) / (2L * EngineTime.DECISECONDS_PER_MINUTE);
	}

	private static String minutes(int units) {
		return units == Accessibility.UNREACHABLE ? ""
				: ResultFiles.hundredths(EngineTime.toDeciseconds(units), EngineTime.DECISECONDS_PER_MINUTE);
	}

	private static int[] touchedTypes(Scenario scenario, ServicePoints points) {
		boolean[] touched = new boolean[points.typeCount()];
		for (int p : scenario.closedPoints()) {
			touched[points.type()[p]] = true;
		}
		for (int type : scenario.openedTypes()) {
			touched[type] = true;
		}
		int[] types = new int[points.typeCount()];
		int n = 0;
		for (int type = 0; type < touched.length; type++) {
			if (touched[type]) {
				types[n++] = type;
			}
		}
		return Arrays.copyOf(types, n);
	}

	private static int distinct(int[] closed, int pointCount) {
		boolean[] seen = new boolean[pointCount];
		int n = 0;
		for (int p : closed) {
			n += seen[p] ? 0 : 1;
			seen[p] = true;
		}
		return n;
	}
}
