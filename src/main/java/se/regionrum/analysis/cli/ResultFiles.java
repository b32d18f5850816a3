package se.regionrum.analysis.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.ClosureImpact;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.grid.PopulationGrid;
import se.regionrum.analysis.servicepoint.ServicePoint;
import se.regionrum.platform.CsvExport;

/**
 * Writes the command's two result files, UTF-8 with comma separators and a header line; names
 * a spreadsheet would take for a formula get an apostrophe in front.
 */
final class ResultFiles {

	private ResultFiles() {
	}

	/** One row per cell and service type; blank time and distance where no point of the type is reachable. */
	static void writeCells(Path file, PopulationGrid grid, List<String> types, List<ServicePoint> points,
			Accessibility result) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord("cell_id", "x", "y", "population", "type", "minutes", "road_km", "nearest_id", "nearest_name");
			for (int c = 0; c < grid.count(); c++) {
				for (int t = 0; t < types.size(); t++) {
					int time = result.time(t, c);
					boolean reached = time != Accessibility.UNREACHABLE;
					ServicePoint nearest = reached ? points.get(result.nearest(t, c)) : null;
					csv.printRecord(grid.id()[c], round(grid.x()[c]), round(grid.y()[c]), grid.population()[c], types.get(t),
							reached ? decimal(minutes(time)) : "", reached ? decimal(result.meters(t, c) / 1000.0) : "",
							reached ? safe(nearest.id()) : "", reached ? safe(nearest.name()) : "");
				}
			}
		}
	}

	/**
	 * Minutes of a cell's time as the file has always given them: from whole deciseconds, rounded
	 * to nearest, so that a file reads the same as before the engine counted in milliseconds.
	 */
	private static double minutes(int time) {
		return EngineTime.decisecondsToMinutes(EngineTime.toDeciseconds(time));
	}

	/** One row per point: its closure impact. */
	static void writePoints(Path file, List<ServicePoint> points, Accessibility result) throws IOException {
		ClosureImpact impact = result.impact();
		int[] thresholds = impact.thresholdMinutes();
		List<String> header = new ArrayList<>(List.of("point_id", "type", "name", "x", "y", "on_network",
				"served_population", "affected_population", "added_person_minutes"));
		for (int minutes : thresholds) {
			header.add("pushed_past_" + minutes + "_min");
		}
		header.add("stranded_population");
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord(header);
			for (int p = 0; p < points.size(); p++) {
				ServicePoint point = points.get(p);
				List<Object> row = new ArrayList<>(List.of(safe(point.id()), point.type(), safe(point.name()), round(point.x()),
						round(point.y()), result.pointOnNetwork(p), impact.servedPopulation(p),
						impact.affectedPopulation(p), decimal(impact.addedPersonMinutes(p))));
				for (int k = 0; k < thresholds.length; k++) {
					row.add(impact.pushedPast(k, p));
				}
				row.add(impact.strandedPopulation(p));
				csv.printRecord(row);
			}
		}
	}

	/** Names and ids come from the input files (OSM tags, say): keep a spreadsheet from running them. */
	private static String safe(String text) {
		return CsvExport.spreadsheetSafe(text == null ? "" : text);
	}

	private static long round(double metres) {
		return Math.round(metres);
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
