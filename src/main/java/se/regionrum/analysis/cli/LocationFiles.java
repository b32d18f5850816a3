package se.regionrum.analysis.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import se.regionrum.analysis.engine.CandidateGains;
import se.regionrum.analysis.engine.GainFigures;
import se.regionrum.analysis.engine.SelectedSites;
import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.servicepoint.ServicePoint;
import se.regionrum.platform.CsvExport;

/**
 * The files of the location analysis: candidate sites read from CSV, and written out the gain of
 * every candidate ({@code candidates.csv}), the chosen sites ({@code sites.csv},
 * {@code sites.geojson}) and, where the grid names municipalities, the chosen sites' figures per
 * municipality ({@code sites_by_municipality.csv}). Coordinates are SWEREF 99 TM metres, as in the
 * other result files.
 */
final class LocationFiles {

	/** Candidate sites with names and places in SWEREF 99 TM. */
	record Places(String[] id, double[] x, double[] y) {
	}

	private LocationFiles() {
	}

	/**
	 * Reads {@code x,y} (SWEREF 99 TM) or {@code lon,lat} (WGS 84) and optionally {@code id}, comma or
	 * semicolon separated; names in the header in any letter case.
	 */
	static Places readCandidates(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		String firstLine = text.lines().findFirst().orElse("");
		char separator = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
			.setTrim(true).get();
		List<String> ids = new ArrayList<>();
		List<double[]> places = new ArrayList<>();
		try (Reader reader = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
			var parser = format.parse(reader);
			Map<String, Integer> header = new java.util.HashMap<>();
			parser.getHeaderMap().forEach((name, index) -> header.put(name.toLowerCase(Locale.ROOT), index));
			boolean planar = header.containsKey("x") && header.containsKey("y");
			if (!planar && !(header.containsKey("lon") && header.containsKey("lat"))) {
				throw new IllegalArgumentException(file.getFileName() + ": the candidate file needs columns x,y or lon,lat");
			}
			for (CSVRecord row : parser) {
				int line = (int) row.getRecordNumber() + 1;
				double a = number(file, row, header.get(planar ? "x" : "lon"), line);
				double b = number(file, row, header.get(planar ? "y" : "lat"), line);
				places.add(planar ? new double[] { a, b } : CoordinateTransforms.wgs84ToSweref99(a, b));
				ids.add(header.containsKey("id") ? row.get(header.get("id")) : Integer.toString(line));
			}
		}
		double[] x = new double[places.size()];
		double[] y = new double[places.size()];
		for (int i = 0; i < x.length; i++) {
			x[i] = places.get(i)[0];
			y[i] = places.get(i)[1];
		}
		return new Places(ids.toArray(String[]::new), x, y);
	}

	private static double number(Path file, CSVRecord row, int column, int line) {
		String value = column < row.size() ? row.get(column) : "";
		try {
			return Double.parseDouble(value.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(file.getFileName() + ", row " + line + ": \"" + value + "\" is not a number");
		}
	}

	/**
	 * One row per candidate: whether it lies near a road, and what a point there alone would do;
	 * with {@code allowed} (not null) also whether it may be chosen.
	 */
	static void writeCandidates(Path file, Places places, boolean[] onNetwork, boolean[] allowed, CandidateGains gains,
			int[] thresholdMinutes, List<String> ageGroups) throws IOException {
		GainFigures f = gains.figures();
		List<String> header = new ArrayList<>(List.of("candidate_id", "x", "y", "on_network"));
		header.addAll(figureHeader(thresholdMinutes, ageGroups));
		header.add("objective_gain");
		if (allowed != null) {
			header.add("allowed");
		}
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord(header);
			for (int i = 0; i < gains.count(); i++) {
				List<Object> row = new ArrayList<>(List.of(safe(places.id()[i]), Math.round(places.x()[i]),
						Math.round(places.y()[i]), onNetwork[i]));
				row.addAll(figures(f, i, thresholdMinutes.length, ageGroups.size()));
				row.add(gains.objectiveGain(i));
				if (allowed != null) {
					row.add(allowed[i]);
				}
				csv.printRecord(row);
			}
		}
	}

	/** The chosen sites in order, each with what it alone would do against today's points. */
	static void writeSites(Path file, Places places, SelectedSites chosen, CandidateGains gains, int[] thresholdMinutes,
			List<String> ageGroups) throws IOException {
		List<String> header = new ArrayList<>(List.of("rank", "candidate_id", "x", "y"));
		header.addAll(figureHeader(thresholdMinutes, ageGroups));
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord(header);
			int rank = 1;
			for (int site : chosen.chosen()) {
				List<Object> row = new ArrayList<>(List.of(rank++, safe(places.id()[site]), Math.round(places.x()[site]),
						Math.round(places.y()[site])));
				row.addAll(figures(gains.figures(), site, thresholdMinutes.length, ageGroups.size()));
				csv.printRecord(row);
			}
		}
	}

	/** The existing points relocation closes ({@code --closable}), in the columns of {@code points.csv}. */
	static void writeClosed(Path file, List<ServicePoint> points, int[] closed) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord("point_id", "type", "name", "x", "y");
			for (int p : closed) {
				ServicePoint point = points.get(p);
				csv.printRecord(safe(point.id()), point.type(), safe(point.name()), Math.round(point.x()),
						Math.round(point.y()));
			}
		}
	}

	/** Per municipality, what the chosen sites together do. */
	static void writeByMunicipality(Path file, List<String> municipalities, GainFigures byGroup, int[] thresholdMinutes,
			List<String> ageGroups) throws IOException {
		List<String> header = new ArrayList<>(List.of("municipality"));
		header.addAll(figureHeader(thresholdMinutes, ageGroups));
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			csv.printRecord(header);
			for (int g = 0; g < municipalities.size(); g++) {
				List<Object> row = new ArrayList<>(List.of(safe(municipalities.get(g))));
				row.addAll(figures(byGroup, g, thresholdMinutes.length, ageGroups.size()));
				csv.printRecord(row);
			}
		}
	}

	/** The chosen sites as GeoJSON points in SWEREF 99 TM, named as such (the other outputs' system). */
	static void writeSitesGeoJson(Path file, Places places, SelectedSites chosen, CandidateGains gains,
			String type) throws IOException {
		StringBuilder json = new StringBuilder();
		json.append("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":")
			.append("\"urn:ogc:def:crs:EPSG::").append(CoordinateTransforms.SWEREF99_TM).append("\"}},\"features\":[");
		int rank = 1;
		for (int site : chosen.chosen()) {
			if (rank > 1) {
				json.append(',');
			}
			GainFigures f = gains.figures();
			json.append(String.format(Locale.ROOT,
					"{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%d,%d]},"
							+ "\"properties\":{\"rank\":%d,\"candidate_id\":%s,\"type\":%s,"
							+ "\"improved_population\":%d,\"person_minutes_saved\":%s,\"newly_reached\":%d}}",
					Math.round(places.x()[site]), Math.round(places.y()[site]), rank++, jsonString(places.id()[site]),
					jsonString(type), f.improvedPopulation(site), decimal(f.personMinutesSaved(site)),
					f.newlyReached(site)));
		}
		json.append("]}\n");
		Files.writeString(file, json, StandardCharsets.UTF_8);
	}

	private static List<String> figureHeader(int[] thresholdMinutes, List<String> ageGroups) {
		List<String> header = new ArrayList<>(List.of("improved_population", "person_minutes_saved", "newly_reached"));
		for (int minutes : thresholdMinutes) {
			header.add("newly_within_" + minutes + "_min");
		}
		for (String group : ageGroups) {
			header.add("improved_" + group);
			for (int minutes : thresholdMinutes) {
				header.add("newly_within_" + minutes + "_min_" + group);
			}
		}
		return header;
	}

	private static List<Object> figures(GainFigures f, int row, int thresholds, int groups) {
		List<Object> values = new ArrayList<>(List.of(f.improvedPopulation(row), decimal(f.personMinutesSaved(row)),
				f.newlyReached(row)));
		for (int k = 0; k < thresholds; k++) {
			values.add(f.newlyWithin(k, row));
		}
		for (int g = 0; g < groups; g++) {
			values.add(f.improvedByAge(g, row));
			for (int k = 0; k < thresholds; k++) {
				values.add(f.newlyWithinByAge(g, k, row));
			}
		}
		return values;
	}


	private static String jsonString(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : (text == null ? "" : text).toCharArray()) {
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			} else if (c < 0x20) {
				quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
			} else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

	private static String safe(String text) {
		return CsvExport.spreadsheetSafe(text == null ? "" : text);
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
