package se.regionrum.indicators.flow;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import se.regionrum.platform.CsvExport;

/** The flows of a selection as CSV (one row per flow) and as GeoJSON (a LineString per flow, WGS84). */
@Component
class FlowExports {

	static final String GEO_JSON = "application/geo+json";

	static final List<String> CSV_COLUMNS = List.of("home_code", "home_name", "work_code", "work_name", "year", "gender",
			"persons", "crosses_county_border", "exempeldata");

	private final JsonMapper json;

	FlowExports(JsonMapper json) {
		this.json = json;
	}

	void csv(FlowReport report, OutputStream out) throws IOException {
		CsvExport.write(out, CSV_COLUMNS,
				report.flows().stream()
					.map(f -> List.<Object>of(f.homeCode(), f.homeName(), f.workCode(), f.workName(), f.year(),
							f.gender().name(), f.persons(), f.crossesBorder() ? "ja" : "nej", f.example() ? "ja" : "nej"))
					.toList());
	}

	byte[] geoJson(FlowReport report) {
		ObjectNode root = json.createObjectNode();
		root.put("type", "FeatureCollection");
		ObjectNode meta = root.putObject("selection");
		if (report.selection().year() != null) {
			meta.put("year", report.selection().year());
		}
		meta.put("gender", report.selection().gender().name());
		meta.put("min", report.selection().min());
		meta.put("view", report.selection().view().code());
		if (report.selection().area() != null) {
			meta.put("area", report.selection().area());
		}
		meta.put("example", report.example());
		ArrayNode features = root.putArray("features");
		for (FlowReport.Row f : report.flows()) {
			ObjectNode feature = features.addObject();
			feature.put("type", "Feature");
			ObjectNode geometry = feature.putObject("geometry");
			geometry.put("type", "LineString");
			ArrayNode coordinates = geometry.putArray("coordinates");
			coordinates.addArray().add(f.homeLongitude()).add(f.homeLatitude());
			coordinates.addArray().add(f.workLongitude()).add(f.workLatitude());
			ObjectNode p = feature.putObject("properties");
			p.put("homeCode", f.homeCode());
			p.put("homeName", f.homeName());
			p.put("workCode", f.workCode());
			p.put("workName", f.workName());
			p.put("persons", f.persons());
			p.put("year", f.year());
			p.put("gender", f.gender().name());
			p.put("crossesCountyBorder", f.crossesBorder());
			p.put("example", f.example());
		}
		return json.writeValueAsBytes(root);
	}

}
