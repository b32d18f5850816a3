package se.regionrum.analysis.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.analysis.dataset.DataSets.ServicePoint;
import se.regionrum.platform.CsvExport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import se.regionrum.analysis.geo.CoordinateTransforms;

/** Service points as CSV (SWEREF 99 TM and WGS84) and as GeoJSON (WGS84). */
@Component
class PointExports {

	private final JsonMapper json;

	PointExports(JsonMapper json) {
		this.json = json;
	}

	/** @param typeNames service type names by code, for naming points that have no name */
	void csv(List<ServicePoint> points, Map<String, String> typeNames, Map<Long, String> municipalities,
			OutputStream out) throws IOException {
		List<List<?>> rows = new ArrayList<>();
		for (ServicePoint p : points) {
			double[] lonLat = CoordinateTransforms.sweref99ToWgs84(p.x(), p.y());
			rows.add(List.of(p.seq(), p.type(), p.label(typeNames.getOrDefault(p.type(), p.type())),
					municipalities.getOrDefault(p.municipalityId(), ""), Math.round(p.x()), Math.round(p.y()),
					Math.round(lonLat[1] * 1e6) / 1e6, Math.round(lonLat[0] * 1e6) / 1e6,
					p.source() == null ? "" : p.source()));
		}
		CsvExport.write(out, List.of("seq", "service_type", "name", "municipality", "x_sweref99tm", "y_sweref99tm",
				"latitude", "longitude", "source"), rows);
	}

	void geoJson(List<ServicePoint> points, Map<String, String> typeNames, Map<Long, String> municipalities,
			OutputStream out) throws IOException {
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("type", "FeatureCollection");
			g.writeArrayPropertyStart("features");
			for (ServicePoint p : points) {
				PointFeatures.start(g, p.x(), p.y());
				g.writeNumberProperty("seq", p.seq());
				g.writeStringProperty("service_type", p.type());
				g.writeStringProperty("name", p.label(typeNames.getOrDefault(p.type(), p.type())));
				g.writeStringProperty("municipality", municipalities.getOrDefault(p.municipalityId(), ""));
				g.writeStringProperty("source", p.source());
				g.writeEndObject();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

}
