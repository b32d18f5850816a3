package se.regionrum.analysis.grid;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.input.CsvTable;
import se.regionrum.analysis.input.GeoPackageLayer;
import se.regionrum.analysis.input.Problems;

/**
 * Population cells from a CSV file or a GeoPackage polygon layer (see {@link GridColumns}).
 * <p>
 * CSV: the cell is given either by SCB's 13-digit id ({@code Ruta} or {@code Rutid_SCB}: six digits
 * of easting then seven of northing of the lower-left corner in SWEREF 99 TM, so 250 m and 1 km
 * cells share the form) or by columns {@code x}/{@code y} of the lower-left corner in SWEREF 99 TM;
 * the size comes from {@code Rutstorl} or the default. GeoPackage: each polygon's centroid after
 * transforming from the layer's CRS (from {@code gpkg_spatial_ref_sys}) to SWEREF 99 TM, the size
 * from its area. Every problem of the file is reported at once, and a file with problems gives
 * nothing.
 */
public final class PopulationGridReader {

	private final GridColumns columns;

	public PopulationGridReader(GridColumns columns) {
		this.columns = columns;
	}

	public PopulationGridReader() {
		this(GridColumns.defaults());
	}

	/** Reads by the file's extension: {@code .gpkg} (its first feature layer) or else CSV. */
	public PopulationGrid read(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg") ? readGeoPackage(file, null)
				: readCsv(file);
	}

	public PopulationGrid readCsv(Path file) {
		Problems problems = new Problems();
		CsvTable table = CsvTable.open(file);
		int id = table.column(GridColumns.SCB_ID);
		int x = id >= 0 ? -1 : table.required(problems, "x");
		int y = id >= 0 ? -1 : table.required(problems, "y");
		int size = table.column(GridColumns.CELL_SIZE);
		int population = table.required(problems, columns.populationNames());
		int municipality = table.column(columns.municipalityNames());
		List<String> ageNames = columns.ageGroupColumns(table.header());
		int[] ages = ageNames.stream().mapToInt(a -> table.required(problems, a)).toArray();
		problems.throwIfAny();
		GridCells cells = new GridCells(ageNames, municipality >= 0);
		table.forEachRow(problems, row -> {
			int before = problems.count();
			double[] corner = id >= 0 ? ScbCellId.corner(row.get(id), row.number(), table.name(id), problems)
					: new double[] { row.number(x, problems), row.number(y, problems) };
			int side = size < 0 ? columns.defaultCellSize() : row.count(size, problems);
			int people = row.count(population, problems);
			int[] agePopulation = new int[ages.length];
			for (int g = 0; g < ages.length; g++) {
				agePopulation[g] = row.count(ages[g], problems);
			}
			if (size >= 0 && side == 0) {
				problems.add(row.number(), table.name(size), "analysis.import.grid.noSize");
			}
			if (id < 0 && !Double.isNaN(corner[0]) && !Double.isNaN(corner[1]) && !planar(corner[0], corner[1])) {
				problems.add(row.number(), table.name(x), "analysis.import.grid.notPlanar", corner[0], corner[1]);
			}
			if (problems.count() == before) {
				String cellId = id >= 0 ? row.get(id) : String.valueOf(row.number());
				cells.add(cellId, corner[0] + side / 2.0, corner[1] + side / 2.0, side, people, agePopulation,
						municipality >= 0 ? row.get(municipality) : null);
			}
		});
		problems.throwIfAny();
		return cells.grid();
	}

	/** @param layerName the polygon layer, or null for the file's first feature layer */
	public PopulationGrid readGeoPackage(Path file, String layerName) {
		Problems problems = new Problems();
		GeoPackageLayer layer = GeoPackageLayer.open(file, layerName);
		String population = layer.column(columns.populationNames());
		if (population == null) {
			problems.add(1, columns.populationNames()[0], "analysis.import.gpkg.missingColumn",
					columns.populationNames()[0], String.join(", ", layer.columns()));
		}
		String municipality = layer.column(columns.municipalityNames());
		String id = layer.column(GridColumns.SCB_ID);
		String idColumn = id != null ? id : layer.column("id");
		List<String> ageNames = columns.ageGroupColumns(layer.columns());
		for (String age : ageNames) {
			if (layer.column(age) == null) {
				problems.add(1, age, "analysis.import.gpkg.missingColumn", age, String.join(", ", layer.columns()));
			}
		}
		problems.throwIfAny();
		CoordinateTransforms.PlanarTransform toSweref = CoordinateTransforms.toSweref99(layer.epsg());
		GridCells cells = new GridCells(ageNames, municipality != null);
		int[] rows = { 0 };
		layer.forEach(problems, feature -> {
			rows[0]++;
			int before = problems.count();
			int people = count(feature, population, problems);
			int[] agePopulation = ageNames.stream().mapToInt(a -> count(feature, a, problems)).toArray();
			Geometry geometry = feature.geometry();
			if (geometry == null || !(geometry instanceof Polygonal || geometry instanceof Point)) {
				problems.add(feature.number(), "geometry", "analysis.import.grid.notPolygon",
						geometry == null ? "-" : geometry.getGeometryType());
			}
			if (problems.count() > before) {
				return;
			}
			Geometry projected = transformed(geometry, toSweref);
			Point centre = projected.getCentroid();
			if (!planar(centre.getX(), centre.getY())) {
				problems.add(feature.number(), "geometry", "analysis.import.grid.notPlanar", centre.getX(), centre.getY());
				return;
			}
			int side = geometry instanceof Point ? columns.defaultCellSize()
					: GridCells.snapSize(Math.sqrt(projected.getArea()));
			String cellId = idColumn != null ? feature.text(idColumn) : String.valueOf(feature.number());
			cells.add(cellId, centre.getX(), centre.getY(), side, people, agePopulation,
					municipality == null ? null : code(feature.attributes().get(municipality)));
		});
		if (rows[0] == 0) {
			problems.addFile("analysis.import.grid.none", file.getFileName().toString());
		}
		problems.throwIfAny();
		return cells.grid();
	}

	/**
	 * Whether a place can be a cell in SWEREF 99 TM: within 10,000 km of its origin. Further out the
	 * file holds another system's numbers (or none), and stored whole metres would no longer fit.
	 */
	static boolean planar(double x, double y) {
		return Math.abs(x) <= MAX_PLANAR_METERS && Math.abs(y) <= MAX_PLANAR_METERS;
	}

	static final double MAX_PLANAR_METERS = 10_000_000;

	private static int count(GeoPackageLayer.Feature feature, String column, Problems problems) {
		Object value = feature.attributes().get(column);
		double number = Double.NaN;
		if (value instanceof Number n) {
			number = n.doubleValue();
		}
		else if (value != null) {
			try {
				number = Double.parseDouble(value.toString().trim());
			}
			catch (NumberFormatException ex) {
				// reported below
			}
		}
		if (!(number >= 0) || number != Math.rint(number) || number > Integer.MAX_VALUE) {
			problems.add(feature.number(), column, "import.csv.notInteger", String.valueOf(value));
			return -1;
		}
		return (int) number;
	}

	/** Municipality codes keep their leading zero even where a layer stores them as numbers. */
	private static String code(Object value) {
		if (value instanceof Number n) {
			return String.format(Locale.ROOT, "%04d", n.longValue());
		}
		return value == null ? null : value.toString().trim();
	}

	private static Geometry transformed(Geometry geometry, CoordinateTransforms.PlanarTransform transform) {
		Geometry copy = geometry.copy();
		copy.apply(new CoordinateSequenceFilter() {
			@Override
			public void filter(CoordinateSequence sequence, int i) {
				double[] xy = transform.apply(sequence.getX(i), sequence.getY(i));
				sequence.setOrdinate(i, CoordinateSequence.X, xy[0]);
				sequence.setOrdinate(i, CoordinateSequence.Y, xy[1]);
			}

			@Override
			public boolean isDone() {
				return false;
			}

			@Override
			public boolean isGeometryChanged() {
				return true;
			}
		});
		return copy;
	}
}
