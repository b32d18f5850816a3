package se.regionrum.analysis.run;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.PointFeatures;
import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.run.RunResults.AgeGroupImpact;
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

	/** The last column of the run's CSV files and a property of its points: how people travel in it. */
	static final String TRAVEL_MODE = "travel_mode";

	RunExports(JsonMapper json) {
		this.json = json;
	}

	void summariesCsv(AnalysisRun run, Map<String, List<MunicipalitySummary>> byType, OutputStream out)
			throws IOException {
		List<Integer> thresholds = run.settings().thresholdMinutes();
		List<String> header = new ArrayList<>(List.of("service_type", "municipality_id", "municipality", "population"));
		header.addAll(bandNames(Bands.MINUTES, "min"));
		header.addAll(List.of("unreachable", "mean_minutes", "mean_km"));
		thresholds.forEach(t -> header.add("beyond_" + t + "_min"));
		thresholds.forEach(t -> header.add("share_beyond_" + t + "_min"));
		header.addAll(bandNames(Bands.KM, "km"));
		Bands.KM.forEach(k -> header.add("beyond_" + k + "_km"));
		Bands.KM.forEach(k -> header.add("share_beyond_" + k + "_km"));
		header.add(TRAVEL_MODE);
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
				// Runs stored before distances were summarised leave the km columns empty.
				for (int b = 0; b <= Bands.KM.size(); b++) {
					row.add(s.hasKm() ? s.kmBands().get(b) : null);
				}
				for (int k = 0; k < Bands.KM.size(); k++) {
					row.add(s.hasKm() ? s.beyondKm().get(k) : null);
				}
				for (int k = 0; k < Bands.KM.size(); k++) {
					row.add(s.hasKm() ? round(s.shareBeyondKm(k), 4) : null);
				}
				row.add(run.mode().code());
				rows.add(row);
			}
		}
		CsvExport.write(out, header, rows);
	}

	/** Band column names from limits: {@code band_0_5_km} … {@code band_over_20_km}. */
	private static List<String> bandNames(List<Integer> limits, String unit) {
		List<String> names = new ArrayList<>();
		int lower = 0;
		for (int limit : limits) {
			names.add("band_" + lower + "_" + limit + "_" + unit);
			lower = limit;
		}
		names.add("band_over_" + lower + "_" + unit);
		return names;
	}

	/**
	 * @param ageGroups the grid's age groups: per group, people affected and pushed past each
	 *        threshold, in columns named for the group
	 */
	void impactsCsv(AnalysisRun run, List<PointImpact> impacts, List<String> ageGroups, Map<String, String> typeNames,
			Map<Long, String> municipalities, OutputStream out) throws IOException {
		List<Integer> thresholds = run.settings().thresholdMinutes();
		List<String> header = new ArrayList<>(List.of("seq", "service_type", "name", "municipality", "x_sweref99tm",
				"y_sweref99tm", "on_network", "added", "served", "affected", "added_person_minutes", "stranded"));
		thresholds.forEach(t -> header.add("pushed_past_" + t + "_min"));
		header.addAll(ageHeaders(ageGroups, thresholds));
		header.add(TRAVEL_MODE);
		List<List<?>> rows = new ArrayList<>();
		for (PointImpact p : impacts) {
			List<Object> row = new ArrayList<>(List.of(p.seq(), p.type(), p.label(typeNames.getOrDefault(p.type(), p.type())),
					municipalities.getOrDefault(p.municipalityId(), ""), Math.round(p.x()), Math.round(p.y()),
					p.onNetwork(), p.added(), p.served(), p.affected()));
			row.add(round(p.addedPersonMinutes(), 1));
			row.add(p.stranded());
			row.addAll(p.pushedPast());
			row.addAll(ageValues(p, ageGroups.size(), thresholds.size()));
			row.add(run.mode().code());
			rows.add(row);
		}
		CsvExport.write(out, header, rows);
	}

	private static List<String> ageHeaders(List<String> ageGroups, List<Integer> thresholds) {
		List<String> header = new ArrayList<>();
		for (String group : ageGroups) {
			header.add("affected_age_" + group);
			thresholds.forEach(t -> header.add("pushed_past_" + t + "_min_age_" + group));
		}
		return header;
	}

	/** A point's figures per age group in the order of {@link #ageHeaders}; empty where the run did not keep them. */
	private static List<Long> ageValues(PointImpact p, int groups, int thresholds) {
		List<Long> values = new ArrayList<>();
		for (int g = 0; g < groups; g++) {
			AgeGroupImpact a = g < p.byAge().size() ? p.byAge().get(g) : null;
			values.add(a == null ? null : a.affected());
			for (int k = 0; k < thresholds; k++) {
				values.add(a == null || k >= a.pushedPast().size() ? null : a.pushedPast().get(k));
			}
		}
		return values;
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
					double[] lonLat = CoordinateTransforms.sweref99ToWgs84(corner[0], corner[1]);
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

	void pointsGeoJson(AnalysisRun run, List<PointImpact> impacts, Map<String, String> typeNames,
			Map<Long, String> municipalities, OutputStream out) throws IOException {
		List<Integer> thresholds = run.settings().thresholdMinutes();
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("type", "FeatureCollection");
			g.writeArrayPropertyStart("features");
			for (PointImpact p : impacts) {
				PointFeatures.start(g, p.x(), p.y());
				g.writeNumberProperty("seq", p.seq());
				g.writeStringProperty("service_type", p.type());
				g.writeStringProperty("name", p.label(typeNames.getOrDefault(p.type(), p.type())));
				g.writeStringProperty("municipality", municipalities.getOrDefault(p.municipalityId(), ""));
				g.writeBooleanProperty("on_network", p.onNetwork());
				g.writeBooleanProperty("added", p.added());
				g.writeNumberProperty("served", p.served());
				g.writeNumberProperty("affected", p.affected());
				g.writeNumberProperty("added_person_minutes", round(p.addedPersonMinutes(), 1));
				g.writeNumberProperty("stranded", p.stranded());
				g.writeStringProperty(TRAVEL_MODE, run.mode().code());
				for (int t = 0; t < thresholds.size() && t < p.pushedPast().size(); t++) {
					g.writeNumberProperty("pushed_past_" + thresholds.get(t) + "_min", p.pushedPast().get(t));
				}
				for (AgeGroupImpact a : p.byAge()) {
					g.writeNumberProperty("affected_age_" + a.ageGroup(), a.affected());
					for (int t = 0; t < thresholds.size() && t < a.pushedPast().size(); t++) {
						g.writeNumberProperty("pushed_past_" + thresholds.get(t) + "_min_age_" + a.ageGroup(),
								a.pushedPast().get(t));
					}
				}
				g.writeEndObject();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	/**
	 * The preview's points of one type as GeoJSON for its map: each with its {@code status} in the
	 * scenario (open, closed or added) and, but for added points, the base run's closure impact.
	 */
	void scenarioPointsGeoJson(ScenarioPreviews.MapPoints points, Map<String, String> typeNames, OutputStream out)
			throws IOException {
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("type", "FeatureCollection");
			g.writeArrayPropertyStart("features");
			for (PointImpact p : points.open()) {
				scenarioPoint(g, p, "open", typeNames);
			}
			for (PointImpact p : points.closed()) {
				scenarioPoint(g, p, "closed", typeNames);
			}
			for (AnalysisRun.AddedPoint a : points.added()) {
				String typeName = typeNames.getOrDefault(a.type(), a.type());
				PointFeatures.start(g, a.x(), a.y());
				g.writeStringProperty("service_type", a.type());
				g.writeStringProperty("name", a.name() == null || a.name().isBlank() ? typeName : a.name().strip());
				g.writeStringProperty("status", "added");
				g.writeEndObject();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	private static void scenarioPoint(JsonGenerator g, PointImpact p, String status, Map<String, String> typeNames) {
		PointFeatures.start(g, p.x(), p.y());
		g.writeNumberProperty("seq", p.seq());
		g.writeStringProperty("service_type", p.type());
		g.writeStringProperty("name", p.label(typeNames.getOrDefault(p.type(), p.type())));
		g.writeStringProperty("status", status);
		g.writeNumberProperty("affected", p.affected());
		g.writeNumberProperty("added_person_minutes", round(p.addedPersonMinutes(), 1));
		g.writeEndObject();
		g.writeEndObject();
	}

	/**
	 * The cells for the run page's map, compactly: per cell its south-west and north-east corners in
	 * WGS84 and a class (see {@link #bands} and {@link #changes}).
	 */
	void mapCells(Grid grid, int[] classes, OutputStream out) throws IOException {
		mapCells(grid, null, classes, out);
	}

	/**
	 * The map's compact cell list: per cell its south-west and north-east corners (lat, lon) and its
	 * class; {@code cells} null for every cell of the grid, else only those, {@code classes} index by index.
	 */
	void mapCells(Grid grid, int[] cells, int[] classes, OutputStream out) throws IOException {
		int size = grid.info().cellSize();
		int count = cells == null ? grid.x().length : cells.length;
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartObject();
			g.writeArrayPropertyStart("cells");
			for (int i = 0; i < count; i++) {
				int c = cells == null ? i : cells[i];
				double[] sw = CoordinateTransforms.sweref99ToWgs84(grid.x()[c], grid.y()[c]);
				double[] ne = CoordinateTransforms.sweref99ToWgs84(grid.x()[c] + size, grid.y()[c] + size);
				g.writeStartArray();
				g.writeNumber(round5(sw[1]));
				g.writeNumber(round5(sw[0]));
				g.writeNumber(round5(ne[1]));
				g.writeNumber(round5(ne[0]));
				g.writeNumber(classes[i]);
				g.writeEndArray();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	/** Band of each cell by time or by distance ({@link Bands}), {@link Bands#UNREACHABLE} where none is reached. */
	static int[] bands(TypeColumns columns, boolean km) {
		int[] values = km ? columns.meters() : columns.times();
		int[] classes = new int[values.length];
		for (int c = 0; c < values.length; c++) {
			classes[c] = km ? Bands.ofMeters(values[c]) : Bands.ofTime(values[c]);
		}
		return classes;
	}

	/** Change classes of a scenario's cells, as the legend ({@code analysis.legend.change.*}) names them. */
	static final int NO_CHANGE = 0;

	static final int LOST_ACCESS = 4;

	static final int FASTER = 5;

	static final int GAINED_ACCESS = 6;

	/** How many change classes there are, for the legend. */
	static final int CHANGE_CLASSES = 7;

	/**
	 * Class of each cell by how a scenario's time differs from its base: 0 no change, 1 up to 5
	 * minutes longer, 2 up to 10, 3 more, 4 lost all access, 5 faster, 6 gained access.
	 */
	static int[] changes(TypeColumns base, TypeColumns scenario) {
		int[] classes = new int[base.times().length];
		for (int c = 0; c < classes.length; c++) {
			classes[c] = change(base.times()[c], scenario.times()[c]);
		}
		return classes;
	}

	/** The change class of one cell, from its times in deciseconds before and after. */
	static int change(int before, int after) {
		if (before == after) {
			return NO_CHANGE;
		}
		if (after == Accessibility.UNREACHABLE) {
			return LOST_ACCESS;
		}
		if (before == Accessibility.UNREACHABLE) {
			return GAINED_ACCESS;
		}
		if (after < before) {
			return FASTER;
		}
		int added = after - before;
		return added <= 5 * EngineTime.DECISECONDS_PER_MINUTE ? 1 : added <= 10 * EngineTime.DECISECONDS_PER_MINUTE ? 2 : 3;
	}

	private static void writeNullable(JsonGenerator g, String name, Double value) {
		if (value == null) {
			g.writeNullProperty(name);
		}
		else {
			g.writeNumberProperty(name, value);
		}
	}

	/** A stored time in minutes to one decimal, from whole deciseconds. */
	static Double minutes(int deciseconds) {
		return deciseconds == Accessibility.UNREACHABLE ? null
				: Math.round(deciseconds / (EngineTime.DECISECONDS_PER_MINUTE / 10.0)) / 10.0;
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
