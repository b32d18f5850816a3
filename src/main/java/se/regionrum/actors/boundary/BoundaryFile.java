package se.regionrum.actors.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a GeoJSON FeatureCollection of municipal boundaries and checks every feature. The JSON
 * structure is read with Jackson; each geometry with JTS's {@link GeoJsonReader}. Every problem
 * is collected with its feature number (1-based) and property, and one problem rejects the file.
 * Invalid polygons that JTS can repair are repaired; coordinates are rounded to
 * {@value #DECIMALS} decimals (about a metre), which is plenty for boundaries drawn on a map.
 */
final class BoundaryFile {

	static final int DECIMALS = 5;

	private static final Pattern CODE = Pattern.compile("\\d{4}");

	private static final PrecisionModel ROUNDED = new PrecisionModel(Math.pow(10, DECIMALS));

	private static final int MAX_DETAIL = 200;

	/** One checked feature, its geometry as GeoJSON text ready to store. */
	record Feature(int number, String code, String name, String geometry, boolean repaired) {
	}

	private final ObjectMapper json;

	BoundaryFile(ObjectMapper json) {
		this.json = json;
	}

	/** The checked features, or an {@link ImportRejectedException} naming every problem. */
	List<Feature> read(byte[] content, BoundaryImportOptions options) {
		JsonNode root = parse(content);
		JsonNode features = root.get("features");
		if (!root.isObject() || !"FeatureCollection".equals(text(root.get("type"))) || features == null
				|| !features.isArray()) {
			throw rejected(ImportProblem.ofFile("actors.boundary.import.notFeatureCollection"));
		}
		if (features.isEmpty()) {
			throw rejected(ImportProblem.ofFile("actors.boundary.import.noFeatures"));
		}
		GeoJsonReader reader = new GeoJsonReader(new GeometryFactory(new PrecisionModel(), 4326));
		GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
		writer.setEncodeCRS(false);
		writer.setForceCCW(true);
		List<ImportProblem> problems = new ArrayList<>();
		List<Feature> result = new ArrayList<>();
		Map<String, Integer> firstByCode = new HashMap<>();
		for (int i = 0; i < features.size(); i++) {
			int number = i + 1;
			JsonNode feature = features.get(i);
			if (!feature.isObject() || !"Feature".equals(text(feature.get("type")))) {
				problems.add(new ImportProblem(number, "type", "actors.boundary.import.notFeature"));
				continue;
			}
			int before = problems.size();
			String code = code(feature, number, options.codeProperty(), problems);
			if (code != null) {
				Integer first = firstByCode.putIfAbsent(code, number);
				if (first != null) {
					problems.add(new ImportProblem(number, options.codeProperty(),
							"actors.boundary.import.duplicateCode", code, first));
				}
			}
			String name = text(feature.path("properties").get(options.nameProperty()));
			Checked geometry = geometry(feature.get("geometry"), number, reader, problems);
			if (problems.size() == before) {
				result.add(new Feature(number, code, name, writer.write(geometry.geometry()), geometry.repaired()));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return result;
	}

	private JsonNode parse(byte[] content) {
		if (isBlank(content)) {
			throw rejected(ImportProblem.ofFile("actors.boundary.import.empty"));
		}
		try {
			JsonNode root = json.readTree(content);
			if (root == null || root.isMissingNode()) {
				throw rejected(ImportProblem.ofFile("actors.boundary.import.empty"));
			}
			return root;
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			String line = location == null ? "?" : String.valueOf(location.getLineNr());
			String column = location == null ? "?" : String.valueOf(location.getColumnNr());
			throw rejected(ImportProblem.ofFile("actors.boundary.import.notJson", line, column,
					shorten(ex.getOriginalMessage())));
		}
	}

	/** The 4-digit code, or null after adding a problem. A number such as 138 means "0138". */
	private static String code(JsonNode feature, int number, String property, List<ImportProblem> problems) {
		JsonNode value = feature.path("properties").get(property);
		if ((value == null || value.isNull()) && "id".equals(property)) {
			value = feature.get("id"); // GeoJSON's own feature id member
		}
		if (value == null || value.isNull() || (value.isString() && value.stringValue().isBlank())) {
			problems.add(new ImportProblem(number, property, "actors.boundary.import.codeMissing", property));
			return null;
		}
		String code;
		if (value.isIntegralNumber() && value.canConvertToInt() && value.asInt() > 0 && value.asInt() < 10000) {
			code = String.format("%04d", value.asInt());
		}
		else if (value.isString()) {
			code = value.stringValue().trim();
		}
		else {
			code = value.toString();
		}
		if (!CODE.matcher(code).matches()) {
			problems.add(new ImportProblem(number, property, "actors.boundary.import.codeMalformed", shorten(code)));
			return null;
		}
		return code;
	}

	private record Checked(Geometry geometry, boolean repaired) {
	}

	private static Checked geometry(JsonNode node, int number, GeoJsonReader reader, List<ImportProblem> problems) {
		if (node == null || node.isNull() || (node.isObject() && node.isEmpty())) {
			problems.add(new ImportProblem(number, "geometry", "actors.boundary.import.noGeometry"));
			return null;
		}
		String type = text(node.get("type"));
		if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
			problems.add(new ImportProblem(number, "geometry", "actors.boundary.import.wrongGeometryType",
					type == null ? "?" : shorten(type)));
			return null;
		}
		Geometry geometry;
		try {
			geometry = reader.read(node.toString());
		}
		catch (ParseException | RuntimeException ex) {
			problems.add(new ImportProblem(number, "geometry", "actors.boundary.import.badGeometry",
					shorten(String.valueOf(ex.getMessage()))));
			return null;
		}
		for (Coordinate c : geometry.getCoordinates()) {
			if (!(Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90)) {
				problems.add(new ImportProblem(number, "geometry", "actors.boundary.import.outOfRange",
						String.valueOf(c.x), String.valueOf(c.y)));
				return null;
			}
		}
		if (geometry.isEmpty()) {
			problems.add(new ImportProblem(number, "geometry", "actors.boundary.import.emptyGeometry"));
			return null;
		}
		boolean repaired = false;
		try {
			if (!geometry.isValid()) {
				geometry = GeometryFixer.fix(geometry);
				repaired = true;
			}
			if (!geometry.isEmpty()) {
				geometry = GeometryPrecisionReducer.reduce(geometry, ROUNDED);
			}
		}
		catch (RuntimeException ex) {
			geometry = null;
		}
		if (geometry == null || geometry.isEmpty() || !(geometry instanceof Polygonal)) {
			problems.add(new ImportProblem(number, "geometry", "actors.boundary.import.unrepairable"));
			return null;
		}
		return new Checked(geometry, repaired);
	}

	/** Nothing but white space (or a byte order mark), without decoding a possibly large file. */
	private static boolean isBlank(byte[] content) {
		if (content == null) {
			return true;
		}
		for (byte b : content) {
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB
					&& b != (byte) 0xBF) {
				return false;
			}
		}
		return true;
	}

	private static String text(JsonNode node) {
		if (node == null || node.isNull() || node.isContainer()) {
			return null;
		}
		return node.isString() ? node.stringValue() : node.toString();
	}

	private static String shorten(String text) {
		if (text == null) {
			return "";
		}
		return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
	}

	private static ImportRejectedException rejected(ImportProblem problem) {
		return new ImportRejectedException(List.of(problem));
	}

}
