package se.regionrum.followup.mapcomposer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import se.regionrum.followup.mapcomposer.StyledMap.MapFeature;
import se.regionrum.followup.mapcomposer.StyledMap.StyledLayer;

/**
 * A styled map as JSON for the screen and the API: each layer is a GeoJSON FeatureCollection (WGS84)
 * whose features name their style by index, with the layer's styles and legend beside it.
 */
final class MapJson {

	private MapJson() {
	}

	static Map<String, Object> map(StyledMap map) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", map.id());
		json.put("title", map.title());
		json.put("subtitle", map.subtitle());
		json.put("sourceLine", map.sourceLine());
		json.put("bounds", bounds(map.bounds()));
		json.put("layers", map.drawingOrder().stream().map(MapJson::layer).toList());
		return json;
	}

	static List<Double> bounds(Envelope e) {
		return List.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
	}

	static Map<String, Object> layer(StyledLayer layer) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("position", layer.position());
		json.put("kind", layer.kind());
		json.put("title", layer.title());
		json.put("note", layer.note());
		json.put("styles", layer.styles());
		json.put("legend", layer.legend());
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		List<Object> features = new ArrayList<>(layer.features().size());
		for (MapFeature f : layer.features()) {
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("type", "Feature");
			feature.put("geometry", geometry(f.geometry()));
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("s", f.style());
			if (f.name() != null) {
				properties.put("name", f.name());
			}
			if (f.label() != null) {
				properties.put("label", f.label());
			}
			feature.put("properties", properties);
			features.add(feature);
		}
		collection.put("features", features);
		json.put("geojson", collection);
		return json;
	}

	static Map<String, Object> geometry(Geometry g) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (g instanceof Point p) {
			json.put("type", "Point");
			json.put("coordinates", position(p.getCoordinate()));
		}
		else if (g instanceof LineString l) {
			json.put("type", "LineString");
			json.put("coordinates", positions(l.getCoordinates()));
		}
		else if (g instanceof Polygon p) {
			json.put("type", "Polygon");
			json.put("coordinates", rings(p));
		}
		else {
			json.put("type", "MultiPolygon");
			List<Object> polygons = new ArrayList<>();
			for (int i = 0; i < g.getNumGeometries(); i++) {
				if (g.getGeometryN(i) instanceof Polygon p) {
					polygons.add(rings(p));
				}
			}
			json.put("coordinates", polygons);
		}
		return json;
	}

	private static List<Object> rings(Polygon p) {
		List<Object> rings = new ArrayList<>();
		rings.add(positions(p.getExteriorRing().getCoordinates()));
		for (int i = 0; i < p.getNumInteriorRing(); i++) {
			rings.add(positions(p.getInteriorRingN(i).getCoordinates()));
		}
		return rings;
	}

	private static List<Object> positions(Coordinate[] coordinates) {
		List<Object> list = new ArrayList<>(coordinates.length);
		for (Coordinate c : coordinates) {
			list.add(position(c));
		}
		return list;
	}

	private static double[] position(Coordinate c) {
		return new double[] { Math.round(c.x * 100000) / 100000.0, Math.round(c.y * 100000) / 100000.0 };
	}

}
