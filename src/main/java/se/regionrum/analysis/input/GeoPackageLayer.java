package se.regionrum.analysis.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;

/**
 * One feature layer of a GeoPackage, read with NGA's GeoPackage library: the layer's CRS as an
 * EPSG code from {@code gpkg_spatial_ref_sys}, and its rows with geometries as JTS (through WKB)
 * and attributes by name in any letter case. A file that is not a GeoPackage is rejected before
 * the library sees it, as the library answers such files with a stack of SQLite errors.
 */
public final class GeoPackageLayer {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GeoPackageLayer.class);

	private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

	/** One row; {@code geometry} is null when the row has none. */
	public record Feature(int number, Geometry geometry, Map<String, Object> attributes) {

		/** An attribute as trimmed text (any letter case of its name), or an empty string. */
		public String text(String name) {
			Object value = name == null ? null : attributes.get(name.toLowerCase(Locale.ROOT));
			return value == null ? "" : value.toString().trim();
		}

		public boolean has(String name) {
			return name != null && attributes.get(name.toLowerCase(Locale.ROOT)) != null;
		}
	}

	private final Path path;
	private final String layer;
	private final int epsg;
	private final List<String> columns;

	private GeoPackageLayer(Path path, String layer, int epsg, List<String> columns) {
		this.path = path;
		this.layer = layer;
		this.epsg = epsg;
		this.columns = columns;
	}

	/**
	 * Opens the named feature layer, or the first one when {@code layerName} is null.
	 *
	 * @throws se.regionrum.platform.ImportRejectedException when the file is no GeoPackage, has no such
	 *         layer, or its CRS is not an EPSG code proj4j knows
	 */
	public static GeoPackageLayer open(Path path, String layerName) {
		String name = path.getFileName().toString();
		checkMagic(path);
		try (GeoPackage gpkg = GeoPackageManager.open(path.toFile(), false)) {
			List<String> layers = gpkg.getFeatureTables();
			if (layers.isEmpty()) {
				throw Problems.fileRejected("analysis.import.gpkg.noLayer", name);
			}
			String layer = layerName == null ? layers.get(0) : layerName;
			if (!layers.contains(layer)) {
				throw Problems.fileRejected("analysis.import.gpkg.unknownLayer", name, layer, String.join(", ", layers));
			}
			FeatureDao dao = gpkg.getFeatureDao(layer);
			SpatialReferenceSystem srs = dao.getSrs();
			int epsg = srs != null && "EPSG".equalsIgnoreCase(srs.getOrganization())
					? (int) srs.getOrganizationCoordsysId() : -1;
			if (epsg <= 0 || !se.regionrum.analysis.geo.CoordinateTransforms.known(epsg)) {
				throw Problems.fileRejected("analysis.import.unknownCrs", name,
						srs == null ? "?" : srs.getOrganization() + ":" + srs.getOrganizationCoordsysId());
			}
			List<String> columns = Arrays.stream(dao.getColumnNames()).map(c -> c.toLowerCase(Locale.ROOT)).toList();
			return new GeoPackageLayer(path, layer, epsg, columns);
		}
		catch (se.regionrum.platform.ImportRejectedException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw damaged(path, ex);
		}
	}

	/**
	 * The library answers a damaged or foreign SQLite file with nested SQLite errors ("... (null)");
	 * they go to the log, the user gets a sentence about the file.
	 */
	private static se.regionrum.platform.ImportRejectedException damaged(Path path, RuntimeException ex) {
		log.info("GeoPackage {} cannot be read: {}", path.getFileName(), ex.toString());
		return Problems.fileRejected("analysis.import.gpkg.unreadable", path.getFileName().toString());
	}

	public String layer() {
		return layer;
	}

	public int epsg() {
		return epsg;
	}

	/** Column names in lower case. */
	public List<String> columns() {
		return columns;
	}

	/** The first of the names the layer has as a column (any case), or null. */
	public String column(String... names) {
		for (String name : names) {
			if (name != null && columns.contains(name.toLowerCase(Locale.ROOT))) {
				return name.toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

	/** Visits every row, numbered from 1 in the order the layer stores them. */
	public void forEach(Problems problems, Consumer<Feature> visitor) {
		WKBReader wkb = new WKBReader();
		try (GeoPackage gpkg = GeoPackageManager.open(path.toFile(), false)) {
			FeatureDao dao = gpkg.getFeatureDao(layer);
			String[] names = dao.getColumnNames();
			String geometryColumn = dao.getGeometryColumnName();
			FeatureResultSet rows = dao.queryForAll();
			try {
				int number = 0;
				while (rows.moveToNext()) {
					number++;
					FeatureRow row = rows.getRow();
					Map<String, Object> attributes = new TreeMap<>();
					for (String name : names) {
						if (!name.equals(geometryColumn)) {
							attributes.put(name.toLowerCase(Locale.ROOT), row.getValue(name));
						}
					}
					visitor.accept(new Feature(number, geometry(row, wkb, number, problems), attributes));
				}
			}
			finally {
				rows.close();
			}
		}
		catch (se.regionrum.platform.ImportRejectedException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw damaged(path, ex);
		}
	}

	private static Geometry geometry(FeatureRow row, WKBReader wkb, int number, Problems problems) {
		try {
			GeoPackageGeometryData data = row.getGeometry();
			if (data == null || data.isEmpty()) {
				return null;
			}
			return wkb.read(data.getWkb());
		}
		catch (IOException | org.locationtech.jts.io.ParseException | RuntimeException ex) {
			problems.add(number, row.getGeometryColumnName(), "analysis.import.gpkg.badGeometry");
			return null;
		}
	}

	private static void checkMagic(Path path) {
		byte[] head = new byte[SQLITE_MAGIC.length];
		int read;
		try (InputStream in = Files.newInputStream(path)) {
			read = in.readNBytes(head, 0, head.length);
		}
		catch (IOException ex) {
			throw Problems.unreadable(path, ex);
		}
		if (read == 0) {
			throw Problems.fileRejected("analysis.import.file.empty", path.getFileName().toString());
		}
		if (read < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
			throw Problems.fileRejected("analysis.import.gpkg.notGeoPackage", path.getFileName().toString());
		}
	}
}
