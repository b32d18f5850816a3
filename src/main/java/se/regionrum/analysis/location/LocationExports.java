package se.regionrum.analysis.location;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.location.LocationResults.Candidate;
import se.regionrum.analysis.location.LocationResults.Site;
import se.regionrum.platform.CsvExport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A location analysis's candidates as files (CSV in SWEREF 99 TM, GeoJSON points in WGS84) and as
 * the compact list the result page's map draws: cells (or listed sites) coloured by their gain for
 * the objective ({@link LocationAnalysis#gain}), on a scale of shares of the best candidate's gain
 * ({@link GainScale}).
 */
@Component
class LocationExports {

	static final String GEOJSON = "application/geo+json";

	private final JsonMapper json;

	LocationExports(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Gain classes: 0 no gain, then up to 10 %, 25 %, 50 % and above 50 % of the best candidate's
	 * gain; {@link #limits} are the class tops in the gain's unit (person-minutes or people), for the legend.
	 */
	record GainScale(double best) {

		static final double[] SHARES = { 0.1, 0.25, 0.5 };

		static final int CLASSES = SHARES.length + 2;

		static GainScale of(LocationAnalysis analysis, List<Candidate> candidates) {
			double best = 0;
			for (Candidate c : candidates) {
				best = Math.max(best, analysis.gain(c));
			}
			return new GainScale(best);
		}

		/** Whether any candidate gains: without, the legend has no classes to tell apart. */
		boolean anyGain() {
			return best > 0;
		}

		int classOf(double saved) {
			if (saved <= 0 || best <= 0) {
				return 0;
			}
			for (int i = 0; i < SHARES.length; i++) {
				if (saved <= best * SHARES[i]) {
					return i + 1;
				}
			}
			return CLASSES - 1;
		}

		/** The top of each class but the last, in whole person-minutes. */
		List<Long> limits() {
			List<Long> limits = new ArrayList<>();
			for (double share : SHARES) {
				limits.add(Math.round(best * share));
			}
			return limits;
		}

	}

	void mapJson(LocationAnalysis analysis, int cellSize, List<Candidate> candidates, List<Site> sites, OutputStream out)
			throws IOException {
		GainScale scale = GainScale.of(analysis, candidates);
		boolean cells = analysis.candidateKind() == CandidateKind.CELLS;
		double half = cellSize / 2.0;
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartObject();
			g.writeArrayPropertyStart(cells ? "cells" : "points");
			for (Candidate c : candidates) {
				g.writeStartArray();
				if (cells) {
					double[] sw = CoordinateTransforms.sweref99ToWgs84(c.x() - half, c.y() - half);
					double[] ne = CoordinateTransforms.sweref99ToWgs84(c.x() + half, c.y() + half);
					g.writeNumber(round(sw[1], 5));
					g.writeNumber(round(sw[0], 5));
					g.writeNumber(round(ne[1], 5));
					g.writeNumber(round(ne[0], 5));
				}
				else {
					double[] lonLat = CoordinateTransforms.sweref99ToWgs84(c.x(), c.y());
					g.writeNumber(round(lonLat[1], 5));
					g.writeNumber(round(lonLat[0], 5));
				}
				g.writeNumber(scale.classOf(analysis.gain(c)));
				g.writeEndArray();
			}
			g.writeEndArray();
			g.writeArrayPropertyStart("sites");
			for (Site s : sites) {
				double[] lonLat = CoordinateTransforms.sweref99ToWgs84(s.candidate().x(), s.candidate().y());
				g.writeStartArray();
				g.writeNumber(round(lonLat[1], 6));
				g.writeNumber(round(lonLat[0], 6));
				g.writeNumber(s.order());
				g.writeNumber(Math.round(s.personMinutesSaved()));
				g.writeEndArray();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	private List<String> header(LocationAnalysis analysis, List<String> ageGroups) {
		List<String> header = new ArrayList<>(List.of("idx", "name", "x", "y", "municipality_id", "municipality",
				"on_network", "chosen_order", "people_faster", "person_minutes_saved"));
		analysis.thresholdMinutes().forEach(t -> header.add("brought_within_" + t + "_min"));
		for (String group : ageGroups) {
			analysis.thresholdMinutes().forEach(t -> header.add("brought_within_" + t + "_min_age_" + group));
		}
		return header;
	}

	private static List<Object> values(Candidate c, Integer order, Map<Long, String> names) {
		List<Object> row = new ArrayList<>(List.of(c.idx(), c.name() == null ? "" : c.name(), round(c.x(), 1),
				round(c.y(), 1), c.municipalityId(), names.getOrDefault(c.municipalityId(), ""), c.onNetwork()));
		row.add(order);
		row.add(c.peopleFaster());
		row.add(round(c.personMinutesSaved(), 1));
		row.addAll(c.broughtWithin());
		c.broughtWithinByAge().forEach(row::addAll);
		return row;
	}

	private static Map<Integer, Integer> orders(List<Site> sites) {
		Map<Integer, Integer> orders = new HashMap<>();
		sites.forEach(s -> orders.put(s.candidate().idx(), s.order()));
		return orders;
	}

	void candidatesCsv(LocationAnalysis analysis, List<String> ageGroups, List<Candidate> candidates, List<Site> sites,
			Map<Long, String> names, OutputStream out) throws IOException {
		Map<Integer, Integer> orders = orders(sites);
		List<List<?>> rows = new ArrayList<>();
		for (Candidate c : candidates) {
			rows.add(values(c, orders.get(c.idx()), names));
		}
		CsvExport.write(out, header(analysis, ageGroups), rows);
	}

	void candidatesGeoJson(LocationAnalysis analysis, List<String> ageGroups, List<Candidate> candidates,
			List<Site> sites, Map<Long, String> names, OutputStream out) throws IOException {
		Map<Integer, Integer> orders = orders(sites);
		List<String> header = header(analysis, ageGroups);
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("type", "FeatureCollection");
			g.writeArrayPropertyStart("features");
			for (Candidate c : candidates) {
				double[] lonLat = CoordinateTransforms.sweref99ToWgs84(c.x(), c.y());
				g.writeStartObject();
				g.writeStringProperty("type", "Feature");
				g.writeObjectPropertyStart("geometry");
				g.writeStringProperty("type", "Point");
				g.writeArrayPropertyStart("coordinates");
				g.writeNumber(round(lonLat[0], 6));
				g.writeNumber(round(lonLat[1], 6));
				g.writeEndArray();
				g.writeEndObject();
				g.writeObjectPropertyStart("properties");
				List<Object> values = values(c, orders.get(c.idx()), names);
				for (int i = 0; i < header.size(); i++) {
					g.writeName(header.get(i));
					g.writePOJO(values.get(i));
				}
				g.writeEndObject();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	private static double round(double value, int digits) {
		double scale = Math.pow(10, digits);
		return Math.round(value * scale) / scale;
	}

}
