package se.regionrum.analysis.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

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

	private static final String LINE_END = CSVFormat.DEFAULT.getRecordSeparator();

	private static final long UNITS_PER_MINUTE = 60L * EngineTime.UNITS_PER_SECOND;

	private ResultFiles() {
	}

	/** One row per cell and service type; blank time and distance where no point of the type is reachable. */
	static void writeCells(Path file, PopulationGrid grid, List<String> types, List<ServicePoint> points,
			Accessibility result) throws IOException {
		writeCells(file, grid, types, points, result::times, result::meters, result::nearestPoints);
	}

	/**
	 * The same file from whole columns per type index (a cell each), so that a scenario's result is
	 * written exactly as the base's; {@code nearest} indexes {@code points}.
	 */
	static void writeCells(Path file, PopulationGrid grid, List<String> types, List<ServicePoint> points,
			IntFunction<int[]> timeOf, IntFunction<int[]> metersOf, IntFunction<int[]> nearestOf) throws IOException {
		int[][] time = new int[types.size()][];
		int[][] meters = new int[types.size()][];
		int[][] nearest = new int[types.size()][];
		for (int t = 0; t < types.size(); t++) {
			time[t] = timeOf.apply(t);
			meters[t] = metersOf.apply(t);
			nearest[t] = nearestOf.apply(t);
		}
		// 200,000 rows and more: every text quoted once (as CSVPrinter would), numbers without a Formatter
		String[] nearestFields = new String[points.size()];
		for (int p = 0; p < points.size(); p++) {
			nearestFields[p] = field(safe(points.get(p).id())) + "," + field(safe(points.get(p).name()));
		}
		String[] typeFields = types.stream().map(ResultFiles::field).toArray(String[]::new);
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write(CSVFormat.DEFAULT.format("cell_id", "x", "y", "population", "type", "minutes", "road_km",
					"nearest_id", "nearest_name"));
			writer.write(LINE_END);
			for (int c = 0; c < grid.count(); c++) {
				String cell = CSVFormat.DEFAULT.format(grid.id()[c]) + "," + round(grid.x()[c]) + "," + round(grid.y()[c])
						+ "," + grid.population()[c] + ",";
				for (int t = 0; t < types.size(); t++) {
					int units = time[t][c];
					writer.write(cell);
					writer.write(typeFields[t]);
					if (units == Accessibility.UNREACHABLE) {
						writer.write(",,,,");
					}
					else {
						writer.write(',');
						// minutes from whole deciseconds, rounded, as the file has always given them
						writer.write(hundredths(EngineTime.toDeciseconds(units), EngineTime.DECISECONDS_PER_MINUTE));
						writer.write(',');
						writer.write(hundredths(meters[t][c], 1000));
						writer.write(',');
						writer.write(nearestFields[nearest[t][c]]);
					}
					writer.write(LINE_END);
				}
			}
		}
	}

	/** A value after the first of a record as CSVPrinter writes it (quoted only where it must be). */
	static String field(String value) {
		return CSVFormat.DEFAULT.format("-", value).substring(2);
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
						impact.affectedPopulation(p), hundredths(impact.addedPersonTime(p), UNITS_PER_MINUTE)));
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
