package se.regionrum.initiatives.initiative;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filtered initiatives as a GeoJSON FeatureCollection in WGS84: a Point for a point, the drawn
 * Polygon or MultiPolygon for an area. Initiatives placed by whole municipalities have no geometry
 * of their own and are left out (the municipal boundaries belong to the actors module).
 */
@Component
class InitiativeGeoJson {

	static final String MEDIA_TYPE = "application/geo+json";

	private final JsonMapper json;

	InitiativeGeoJson(JsonMapper json) {
		this.json = json;
	}

	void write(List<InitiativeQueries.Place> places, java.util.function.LongFunction<String> url, OutputStream out)
			throws IOException {
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("type", "FeatureCollection");
			g.writeArrayPropertyStart("features");
			for (InitiativeQueries.Place p : places) {
				g.writeStartObject();
				g.writeStringProperty("type", "Feature");
				g.writeNumberProperty("id", p.id());
				g.writeName("geometry");
				if (p.areaGeojson() != null) {
					g.writeRawValue(p.areaGeojson());
				}
				else {
					g.writeStartObject();
					g.writeStringProperty("type", "Point");
					g.writeArrayPropertyStart("coordinates");
					g.writeNumber(p.longitude());
					g.writeNumber(p.latitude());
					g.writeEndArray();
					g.writeEndObject();
				}
				g.writeObjectPropertyStart("properties");
				g.writeNumberProperty("id", p.id());
				g.writeStringProperty("title", p.title());
				g.writeStringProperty("status", p.status().name());
				g.writeStringProperty("placeKind", p.placeKind().name());
				g.writeStringProperty("url", url.apply(p.id()));
				g.writeEndObject();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
		out.flush();
	}

	static byte[] empty() {
		return "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_8);
	}

}
