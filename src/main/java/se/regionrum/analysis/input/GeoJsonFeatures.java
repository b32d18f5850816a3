package se.regionrum.analysis.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The features of a GeoJSON FeatureCollection: structure read with Jackson, each geometry with
 * JTS. Coordinates are WGS84 as RFC 7946 says, unless the file carries the older {@code crs}
 * member naming an EPSG code (exports of Swedish data often say EPSG:3006 that way).
 */
public final class GeoJsonFeatures {

	private static final Pattern EPSG = Pattern.compile("EPSG:+(\\d+)$", Pattern.CASE_INSENSITIVE);
	private static final ObjectMapper JSON = new ObjectMapper();

	/** One feature; {@code geometry} is null when the feature had none or it could not be read. */
	public record Feature(int number, JsonNode properties, Geometry geometry) {

		/** A property as trimmed text, or an empty string when absent or null. */
		public String text(String name) {
			JsonNode value = properties == null ? null : properties.get(name);
			return value == null || value.isNull() ? "" : value.asString().trim();
		}

		public boolean has(String name) {
			return properties != null && properties.has(name) && !properties.get(name).isNull();
		}
	}

	/** The file's features and the EPSG code of their coordinates. */
	public record Collection(int epsg, List<Feature> features) {
	}

	private GeoJsonFeatures() {
	}

	/**
	 * Reads the collection; a feature whose geometry cannot be read is reported in {@code problems}
	 * and kept without geometry, so that callers go on checking the rest.
	 */
	public static Collection read(Path path, Problems problems) {
		String name = path.getFileName().toString();
		JsonNode root;
		try {
			byte[] bytes = Files.readAllBytes(path);
			if (bytes.length == 0) {
				throw Problems.fileRejected("analysis.import.file.empty", name);
			}
			root = JSON.readTree(bytes);
		}
		catch (JacksonException ex) {
			// the parser's own words are for developers; the user gets where in the file it went wrong
			TokenStreamLocation at = ex.getLocation();
			throw Problems.fileRejected("analysis.import.geojson.notJson", name, at == null ? 1 : at.getLineNr(),
					at == null ? 1 : at.getColumnNr());
		}
		catch (IOException ex) {
			throw Problems.unreadable(path, ex);
		}
		JsonNode features = root == null ? null : root.get("features");
		if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))
				|| features == null || !features.isArray()) {
			throw Problems.fileRejected("analysis.import.geojson.notFeatureCollection", name);
		}
		int epsg = epsg(root);
		GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
		List<Feature> result = new ArrayList<>(features.size());
		for (int i = 0; i < features.size(); i++) {
			int number = i + 1;
			JsonNode feature = features.get(i);
			if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
				problems.add(number, "type", "analysis.import.geojson.notFeature");
				continue;
			}
			JsonNode geometry = feature.get("geometry");
			Geometry parsed = null;
			if (geometry == null || geometry.isNull()) {
				problems.add(number, "geometry", "analysis.import.geojson.noGeometry");
			}
			else {
				try {
					parsed = reader.read(geometry.toString());
				}
				catch (ParseException | RuntimeException ex) {
					problems.add(number, "geometry", "analysis.import.geojson.badGeometry");
				}
			}
			JsonNode properties = feature.get("properties");
			result.add(new Feature(number, properties != null && properties.isObject() ? properties : null, parsed));
		}
		return new Collection(epsg, result);
	}

	private static int epsg(JsonNode root) {
		String name = root.path("crs").path("properties").path("name").asString("");
		Matcher m = EPSG.matcher(name.replace("::", ":"));
		if (m.find()) {
			return Integer.parseInt(m.group(1));
		}
		return name.contains("CRS84") || name.isEmpty() ? 4326 : -1;
	}
}
