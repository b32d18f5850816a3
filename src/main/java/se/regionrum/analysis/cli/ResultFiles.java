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

	private static final long UNITS_PER_MINUTE = 60L * EngineTime.UNITS_PER_SECOND;

	private ResultFiles() {
	}

	/** One row per cell and service type; blank time and distance where no point of the type is reachable. */
	static void writeCells(Path file, PopulationGrid grid, List<String> types, List<ServicePoint> points,
			Accessibility result) throws IOException {
		// 200,000 rows and more: each point's texts once, numbers without a Formatter
		String[] pointIds = new String[points.size()];
		String[] pointNames = new String[points.size()];
		for (int p = 0; p < points.size(); p++) {
			pointIds[p] = safe(points.get(p).id());
			pointNames[p] = safe(points.get(p).name());
		}
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord("cell_id", "x", "y", "population", "type", "minutes", "road_km", "nearest_id", "nearest_name");
			for (int c = 0; c < grid.count(); c++) {
				String x = Long.toString(round(grid.x()[c]));
				String y = Long.toString(round(grid.y()[c]));
				String population = Integer.toString(grid.population()[c]);
				for (int t = 0; t < types.size(); t++) {
					int time = result.time(t, c);
					boolean reached = time != Accessibility.UNREACHABLE;
					int nearest = reached ? result.nearest(t, c) : -1;
					csv.print(grid.id()[c]);
					csv.print(x);
					csv.print(y);
					csv.print(population);
					csv.print(types.get(t));
					csv.print(reached ? hundredths(time, UNITS_PER_MINUTE) : "");
					csv.print(reached ? hundredths(result.meters(t, c), 1000) : "");
					csv.print(reached ? pointIds[nearest] : "");
					csv.print(reached ? pointNames[nearest] : "");
					csv.println();
				}
			}
		}
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
						impact.affectedPopulation(p), hundredths(impact.addedPersonDeciseconds(p), UNITS_PER_MINUTE)));
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

	/**
	 * {@code numerator / denominator} with two decimals, rounded half up as {@code String.format("%.2f")}
	 * rounds the quotient (a tie in hundredths is exact in decimal, so the double's digits show it).
	 */
	static String hundredths(long numerator, long denominator) {
		if (numerator < 0 || numerator > Long.MAX_VALUE / 400) {
			return String.format(Locale.ROOT, "%.2f", (double) numerator / denominator);
		}
		long rounded = (numerator * 200 + denominator) / (2 * denominator);
		long fraction = rounded % 100;
		return (rounded / 100) + (fraction < 10 ? ".0" : ".") + fraction;
	}
}
