package se.regionrum.analysis.servicepoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.input.CsvTable;
import se.regionrum.analysis.input.GeoJsonFeatures;
import se.regionrum.analysis.input.Problems;

/**
 * Service points from a CSV or GeoJSON file.
 * <p>
 * CSV: columns {@code type}, {@code name} (may be blank), optional {@code id}, and either
 * {@code lon}/{@code lat} in WGS84 degrees or {@code x}/{@code y} in SWEREF 99 TM metres.
 * GeoJSON: a FeatureCollection of Point features (a polygon stands at its centroid) with the same
 * properties. Types must be among the allowed ones (any letter case). Every problem of the file is
 * reported at once, and nothing is returned from a file with problems.
 */
public final class ServicePointReader {

	private final List<String> allowedTypes;

	/** @param allowedTypes the types a point may have; empty allows any */
	public ServicePointReader(List<String> allowedTypes) {
		this.allowedTypes = List.copyOf(allowedTypes);
	}

	public ServicePointReader() {
		this(ServiceTypeIndex.DEFAULT);
	}

	/** Reads by the file's extension: {@code .geojson}/{@code .json} or else CSV. */
	public List<ServicePoint> read(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".geojson") || name.endsWith(".json") ? readGeoJson(file) : readCsv(file);
	}

	public List<ServicePoint> readCsv(Path file) {
		Problems problems = new Problems();
		CsvTable table = CsvTable.open(file);
		int type = table.required(problems, "type", "typ");
		int name = table.required(problems, "name", "namn");
		int id = table.column("id");
		boolean degrees = table.column("lon") >= 0 || table.column("lat") >= 0;
		int x = degrees ? table.required(problems, "lon") : table.required(problems, "x", "lon");
		int y = degrees ? table.required(problems, "lat") : table.required(problems, "y", "lat");
		problems.throwIfAny();
		CoordinateTransforms.PlanarTransform toSweref = CoordinateTransforms
			.toSweref99(degrees ? CoordinateTransforms.WGS84 : CoordinateTransforms.SWEREF99_TM);
		List<ServicePoint> points = new ArrayList<>();
		table.forEachRow(problems, row -> {
			String pointType = type(row.get(type), row.number(), table.name(type), problems);
			double px = row.number(x, problems);
			double py = row.number(y, problems);
			if (pointType == null || Double.isNaN(px) || Double.isNaN(py)
					|| !plausible(px, py, degrees, row.number(), table.name(x), problems)) {
				return;
			}
			double[] xy = toSweref.apply(px, py);
			String pointId = id >= 0 && !row.get(id).isEmpty() ? row.get(id) : String.valueOf(points.size() + 1);
			points.add(new ServicePoint(pointId, pointType, row.get(name), xy[0], xy[1]));
		});
		problems.throwIfAny();
		return points;
	}

	public List<ServicePoint> readGeoJson(Path file) {
		Problems problems = new Problems();
		GeoJsonFeatures.Collection collection = GeoJsonFeatures.read(file, problems);
		if (collection.epsg() <= 0 || !CoordinateTransforms.known(collection.epsg())) {
			throw Problems.fileRejected("analysis.import.unknownCrs", file.getFileName().toString(),
					"EPSG:" + collection.epsg());
		}
		CoordinateTransforms.PlanarTransform toSweref = CoordinateTransforms.toSweref99(collection.epsg());
		boolean degrees = collection.epsg() == CoordinateTransforms.WGS84;
		List<ServicePoint> points = new ArrayList<>();
		for (GeoJsonFeatures.Feature feature : collection.features()) {
			String pointType = type(feature.text("type"), feature.number(), "type", problems);
			Point place = place(feature.geometry(), feature.number(), problems);
			if (pointType == null || place == null
					|| !plausible(place.getX(), place.getY(), degrees, feature.number(), "geometry", problems)) {
				continue;
			}
			double[] xy = toSweref.apply(place.getX(), place.getY());
			String id = feature.text("id").isEmpty() ? String.valueOf(feature.number()) : feature.text("id");
			points.add(new ServicePoint(id, pointType, feature.text("name"), xy[0], xy[1]));
		}
		if (collection.features().isEmpty()) {
			problems.addFile("analysis.import.points.none", file.getFileName().toString());
		}
		problems.throwIfAny();
		return points;
	}

	private static Point place(Geometry geometry, int number, Problems problems) {
		if (geometry == null) {
			return null; // already reported
		}
		if (geometry instanceof Point point && !point.isEmpty()) {
			return point;
		}
		if (geometry instanceof Polygonal && !geometry.isEmpty()) {
			return geometry.getCentroid();
		}
		problems.add(number, "geometry", "analysis.import.points.notPoint", geometry.getGeometryType());
		return null;
	}

	private String type(String value, int row, String column, Problems problems) {
		String type = value.toLowerCase(Locale.ROOT);
		if (type.isEmpty()) {
			problems.add(row, column, "analysis.import.points.noType");
			return null;
		}
		if (!allowedTypes.isEmpty() && !allowedTypes.contains(type)) {
			problems.add(row, column, "analysis.import.points.unknownType", value, String.join(", ", allowedTypes));
			return null;
		}
		return type;
	}

	/** Catches degrees in metre columns and the reverse, the commonest mistake in hand-made files. */
	static boolean plausible(double x, double y, boolean degrees, int row, String column, Problems problems) {
		if (degrees && (Math.abs(x) > 180 || Math.abs(y) > 90)) {
			problems.add(row, column, "analysis.import.notDegrees", x, y);
			return false;
		}
		if (!degrees && Math.abs(x) <= 180 && Math.abs(y) <= 90) {
			problems.add(row, column, "analysis.import.degreesAsMeters", x, y);
			return false;
		}
		return true;
	}
}
