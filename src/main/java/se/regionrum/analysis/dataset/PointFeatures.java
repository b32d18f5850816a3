package se.regionrum.analysis.dataset;

import tools.jackson.core.JsonGenerator;
import se.regionrum.analysis.geo.CoordinateTransforms;

/** GeoJSON point features for exports: WGS84 longitude and latitude to six decimals (about 0.1 m). */
public final class PointFeatures {

	private PointFeatures() {
	}

	/** Opens a feature at a SWEREF 99 TM place, up to and including the start of its properties object. */
	public static void start(JsonGenerator g, double x, double y) {
		double[] lonLat = CoordinateTransforms.sweref99ToWgs84(x, y);
		g.writeStartObject();
		g.writeStringProperty("type", "Feature");
		g.writeObjectPropertyStart("geometry");
		g.writeStringProperty("type", "Point");
		g.writeArrayPropertyStart("coordinates");
		g.writeNumber(Math.round(lonLat[0] * 1e6) / 1e6);
		g.writeNumber(Math.round(lonLat[1] * 1e6) / 1e6);
		g.writeEndArray();
		g.writeEndObject();
		g.writeObjectPropertyStart("properties");
	}
}
