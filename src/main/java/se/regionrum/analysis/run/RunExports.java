package se.regionrum.analysis.run;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.Sweref;
import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.run.RunResults.MunicipalitySummary;
import se.regionrum.analysis.run.RunResults.PointImpact;
import se.regionrum.analysis.run.RunResults.TypeColumns;
import se.regionrum.platform.CsvExport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run's results as files: CSV (per municipality, per point, per cell) and GeoJSON in WGS84 (cells
 * as squares with their times, points with their closure impact), plus the compact cell list the
 * run page's map draws. Times are minutes and distances kilometres, one decimal; empty where no
 * point is reachable.
 */
@Component
class RunExports {

	static final String GEOJSON = "application/geo+json";

	private final JsonMapper json;

	RunExports(JsonMapper json) {
		this.json = json;
	}

	void summariesCsv(AnalysisRun run, Map<String, List<MunicipalitySummary>> byType, OutputStream out)
			throws IOException {
		List<Integer> thresholds = run.settings().thresholdMinutes();
		List<String> header = new ArrayList<>(List.of("service_type", "municipality_id", "municipality", "population",
				"band_0_10_min", "band_10_20_min", "band_20_30_min", "band_over_30_min", "unreachable", "mean_minutes",
				"mean_km"));
		thresholds.forEach(t -> header.add("beyond_" + t + "_min"));
		thresholds.forEach(t -> header.add("share_beyond_" + t + "_min"));
		List<List<?>> rows = new ArrayList<>();
		for (List<MunicipalitySummary> summaries : byType.values()) {
			for (MunicipalitySummary s : summaries) {
				List<Object> row = new ArrayList<>(List.of(s.type(), s.municipalityId() < 0 ? "" : s.municipalityId(),
						s.municipalityId() < 0 ? "total" : s.municipalityName(), s.population(), s.band0to10(),
						s.band10to20(), s.band20to30(), s.bandOver30(), s.unreachable()));
				row.add(round(s.meanMinutes(), 1));
				row.add(round(s.meanKm(), 1));
				row.addAll(s.beyondThresholds());
				for (int t = 0; t < thresholds.size(); t++) {
					row.add(round(s.shareBeyond(t), 4));
				}
				rows.add(row);
			}
		}
		CsvExport.write(out, header, rows);
	}

	void impactsCsv(AnalysisRun run, List<PointImpact> impacts, Map<Long, String> municipalities, OutputStream out)
			throws IOException {
		List<Integer> thresholds = run.settings().thresholdMinutes();
		List<String> header = new ArrayList<>(List.of("seq", "service_type", "name", "municipality", "x_sweref99tm",
				"y_sweref99tm", "on_network", "added", "served", "affected", "added_person_minutes", "stranded"));
		thresholds.forEach(t -> header.add("pushed_past_" + t + "_min"));
		List<List<?>> rows = new ArrayList<>();
		for (PointImpact p : impacts) {
			List<Object> row = new ArrayList<>(List.of(p.seq(), p.type(), p.name() == null ? "" : p.name(),
					municipalities.getOrDefault(p.municipalityId(), ""), Math.round(p.x()), Math.round(p.y()),
					p.onNetwork(), p.added(), p.served(), p.affected()));
			row.add(round(p.addedPersonMinutes(), 1));
			row.add(p.stranded());
			row.addAll(p.pushedPast());
			rows.add(row);
		}
		CsvExport.write(out, header, rows);
	}

	void cellsCsv(Grid grid, Map<String, TypeColumns> columns, OutputStream out) throws IOException {
		List<String> header = new ArrayList<>(List.of("cell_x", "cell_y", "cell_size", "population", "municipality_id"));
		columns.keySet().forEach(t -> {
			header.add(t + "_minutes");
			header.add(t + "_km");
		});
		List<List<?>> rows = new ArrayList<>(grid.x().length);
		for (int c = 0; c < grid.x().length; c++) {
			List<Object> row = new ArrayList<>(List.of(grid.x()[c], grid.y()[c], grid.info().cellSize(),
					grid.population()[c], grid.municipality()[c]));
			for (TypeColumns col : columns.values()) {
				row.add(minutes(col.times()[c]));
				row.add(km(col.meters()[c]));
			}
			rows.add(row);
		}
		CsvExport.write(out, header, rows);
	}

	void cellsGeoJson(Grid grid, Map<String, TypeColumns> columns, OutputStream out) throws IOException {
		int size = grid.info().cellSize();
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("type", "FeatureCollection");
			g.writeArrayPropertyStart("features");
			for (int c = 0; c < grid.x().length; c++) {
				int x = grid.x()[c];
				int y = grid.y()[c];
				g.writeStartObject();
				g.writeStringProperty("type", "Feature");
				g.writeObjectPropertyStart("geometry");
				g.writeStringProperty("type", "Polygon");
				g.writeArrayPropertyStart("coordinates");
				g.writeStartArray();
				int[][] corners = { { x, y }, { x + size, y }, { x + size, y + size }, { x, y + size }, { x, y } };
				for (int[] corner : corners) {
					double[] lonLat = Sweref.toWgs84(corner[0], corner[1]);
					g.writeStartArray();
					g.writeNumber(round6(lonLat[0]));
					g.writeNumber(round6(lonLat[1]));
					g.writeEndArray();
				}
				g.writeEndArray();
				g.writeEndArray();
				g.writeEndObject();
				g.writeObjectPropertyStart("properties");
				g.writeNumberProperty("cell_x", x);
				g.writeNumberProperty("cell_y", y);
				g.writeNumberProperty("population", grid.population()[c]);
				g.writeNumberProperty("municipality_id", grid.municipality()[c]);
				for (Map.Entry<String, TypeColumns> e : columns.entrySet()) {
					writeNullable(g, e.getKey() + "_minutes", minutes(e.getValue().times()[c]));
					writeNullable(g, e.getKey() + "_km", km(e.getValue().meters()[c]));
				}
				g.writeEndObject();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	void pointsGeoJson(AnalysisRun run, List<PointImpact> impacts, Map<Long, String> municipalities, OutputStream out)
			throws IOException {
		List<Integer> thresholds = run.settings().thresholdMinutes();
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("type", "FeatureCollection");
			g.writeArrayPropertyStart("features");
			for (PointImpact p : impacts) {
				double[] lonLat = Sweref.toWgs84(p.x(), p.y());
				g.writeStartObject();
				g.writeStringProperty("type", "Feature");
				g.writeObjectPropertyStart("geometry");
				g.writeStringProperty("type", "Point");
				g.writeArrayPropertyStart("coordinates");
				g.writeNumber(round6(lonLat[0]));
				g.writeNumber(round6(lonLat[1]));
				g.writeEndArray();
				g.writeEndObject();
				g.writeObjectPropertyStart("properties");
				g.writeNumberProperty("seq", p.seq());
				g.writeStringProperty("service_type", p.type());
				g.writeStringProperty("name", p.name());
				g.writeStringProperty("municipality", municipalities.getOrDefault(p.municipalityId(), ""));
				g.writeBooleanProperty("on_network", p.onNetwork());
				g.writeBooleanProperty("added", p.added());
				g.writeNumberProperty("served", p.served());
				g.writeNumberProperty("affected", p.affected());
				g.writeNumberProperty("added_person_minutes", round(p.addedPersonMinutes(), 1));
				g.writeNumberProperty("stranded", p.stranded());
				for (int t = 0; t < thresholds.size() && t < p.pushedPast().size(); t++) {
					g.writeNumberProperty("pushed_past_" + thresholds.get(t) + "_min", p.pushedPast().get(t));
				}
				g.writeEndObject();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	/**
	 * The cells for the run page's map, compactly: per cell its south-west and north-east corners in
	 * WGS84 and a class (0–3 the time or distance bands, 4 unreachable; for a change: 0 none, 1 up to
	 * 5 minutes, 2 up to 10, 3 more, 4 lost all access).
	 */
	void mapCells(Grid grid, int[] classes, OutputStream out) throws IOException {
		int size = grid.info().cellSize();
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartObject();
			g.writeArrayPropertyStart("cells");
			for (int c = 0; c < grid.x().length; c++) {
				double[] sw = Sweref.toWgs84(grid.x()[c], grid.y()[c]);
				double[] ne = Sweref.toWgs84(grid.x()[c] + size, grid.y()[c] + size);
				g.writeStartArray();
				g.writeNumber(round5(sw[1]));
				g.writeNumber(round5(sw[0]));
				g.writeNumber(round5(ne[1]));
				g.writeNumber(round5(ne[0]));
				g.writeNumber(classes[c]);
				g.writeEndArray();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	/** Band of each cell by time (0–10, 10–20, 20–30, over 30 min) or distance (0–5, 5–10, 10–20, over 20 km). */
	static int[] bands(TypeColumns columns, boolean km) {
		int[] values = km ? columns.meters() : columns.times();
		int[] limits = km ? new int[] { 5_000, 10_000, 20_000 } : new int[] { 6_000, 12_000, 18_000 };
		int[] classes = new int[values.length];
		for (int c = 0; c < values.length; c++) {
			int v = values[c];
			classes[c] = v == Accessibility.UNREACHABLE ? 4 : v <= limits[0] ? 0 : v <= limits[1] ? 1 : v <= limits[2] ? 2 : 3;
		}
		return classes;
	}

	/** Class of each cell by how much longer a scenario takes than its base. */
	static int[] changes(TypeColumns base, TypeColumns scenario) {
		int[] classes = new int[base.times().length];
		for (int c = 0; c < classes.length; c++) {
			int before = base.times()[c];
			int after = scenario.times()[c];
			if (before == after) {
				classes[c] = 0;
			}
			else if (after == Accessibility.UNREACHABLE) {
				classes[c] = 4;
			}
			else {
				int added = before == Accessibility.UNREACHABLE ? 0 : after - before;
				classes[c] = added <= 0 ? 0 : added <= 3_000 ? 1 : added <= 6_000 ? 2 : 3;
			}
		}
		return classes;
	}

	private static void writeNullable(JsonGenerator g, String name, Double value) {
		if (value == null) {
			g.writeNullProperty(name);
		}
		else {
			g.writeNumberProperty(name, value);
		}
	}

	static Double minutes(int deciseconds) {
		return deciseconds == Accessibility.UNREACHABLE ? null : Math.round(deciseconds / 60.0) / 10.0;
	}

	static Double km(int meters) {
		return meters == Accessibility.UNREACHABLE ? null : Math.round(meters / 100.0) / 10.0;
	}

	private static Double round(Double value, int decimals) {
		if (value == null) {
			return null;
		}
		double f = Math.pow(10, decimals);
		return Math.round(value * f) / f;
	}

	private static double round5(double v) {
		return Math.round(v * 1e5) / 1e5;
	}

	private static double round6(double v) {
		return Math.round(v * 1e6) / 1e6;
	}

}
