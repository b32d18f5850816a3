package se.regionrum.analysis.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import se.regionrum.analysis.dataset.DataSets.NewGrid;
import se.regionrum.analysis.dataset.DataSets.NewPoint;
import se.regionrum.analysis.dataset.DataSets.NewPointSet;
import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.grid.GridColumns;
import se.regionrum.analysis.grid.PopulationGrid;
import se.regionrum.analysis.grid.PopulationGridReader;
import se.regionrum.analysis.network.CsvNetworkReader;
import se.regionrum.analysis.network.OsmRoadNetworkReader;
import se.regionrum.analysis.network.RoadLinkReader;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.analysis.servicepoint.OsmServicePointReader;
import se.regionrum.analysis.servicepoint.OsmServiceTag;
import se.regionrum.analysis.servicepoint.ServicePoint;
import se.regionrum.analysis.servicepoint.ServicePointReader;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/**
 * From uploaded files to what {@code DataSetService}'s imports take, through the module's readers.
 * The format follows the file name's extension, which the service has already checked.
 */
final class ImportReading {

	/** Told the running count of OSM elements read, for files whose reader reports it. */
	@FunctionalInterface
	interface Progress {
		void elements(long count);
	}

	static final String FILE = "file";

	static final String NODES = "nodes";

	static final String EDGES = "edges";

	static final String CRS = "EPSG:3006";

	private ImportReading() {
	}

	/** The format a file name says, lower case; a gzip-compressed CSV ({@code .csv.gz}) is CSV: the reader unpacks it. */
	static String extension(String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv.gz")) {
			return "csv";
		}
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1);
	}

	static NewGrid grid(Path file, String name, String source, int defaultCellSize) {
		PopulationGrid grid = new PopulationGridReader(new GridColumns(null, List.of(), null, defaultCellSize))
			.read(file);
		int n = grid.count();
		if (n == 0) {
			throw new ImportRejectedException(List.of(ImportProblem.ofFile("analysis.import.empty")));
		}
		// A stored grid has one cell size; SCB's products mix 250 m and 1 km cells, which must be split first.
		Map<Integer, Integer> sizes = new TreeMap<>();
		for (int size : grid.cellSize()) {
			sizes.merge(size, 1, Integer::sum);
		}
		if (sizes.size() > 1) {
			List<String> counts = new ArrayList<>();
			sizes.forEach((size, count) -> counts.add(count + " × " + size + " m"));
			throw new ImportRejectedException(List.of(new ImportProblem(0, "Rutstorl", "analysis.import.grid.mixedSizes",
					String.join(", ", counts))));
		}
		int[] x = new int[n];
		int[] y = new int[n];
		for (int i = 0; i < n; i++) {
			x[i] = (int) Math.round(grid.cornerX(i));
			y[i] = (int) Math.round(grid.cornerY(i));
		}
		return new NewGrid(name, source, CRS, grid.cellSize()[0], x, y, grid.population(), grid.ageGroups(),
				grid.ageGroupPopulation(), false, grid.municipality());
	}

	/**
	 * @param knownTypes the stored service types: a CSV or GeoJSON point of another type is a problem
	 *        of its row; OSM tags are read only for stored types
	 * @param osmTags the configured OSM tag mapping
	 */
	static NewPointSet points(Path file, String name, String source, List<String> knownTypes,
			List<OsmServiceTag> osmTags) {
		List<ServicePoint> read;
		if ("pbf".equals(extension(file.getFileName().toString()))) {
			List<OsmServiceTag> tags = osmTags.stream().filter(t -> knownTypes.contains(t.type())).toList();
			read = new OsmServicePointReader(tags).read(file);
		}
		else {
			read = new ServicePointReader(knownTypes).read(file);
		}
		List<NewPoint> points = new ArrayList<>(read.size());
		for (ServicePoint p : read) {
			points.add(new NewPoint(p.type(), clip(p.name()), p.x(), p.y(), clip(p.id())));
		}
		return new NewPointSet(name, source, false, points);
	}

	/** A network in the given mode: an OSM file is read with the mode's profile, others carry their own speeds. */
	static RoadGraph network(Map<String, Path> files, TravelMode mode, Progress progress) {
		Path file = files.get(FILE);
		if (file == null) {
			return new CsvNetworkReader().read(files.get(NODES), files.get(EDGES));
		}
		if ("pbf".equals(extension(file.getFileName().toString()))) {
			return new OsmRoadNetworkReader(mode).read(file, (nodes, ways) -> progress.elements(nodes + ways)).graph();
		}
		return new RoadLinkReader().read(file).graph();
	}

	/** Names and ids are stored in columns of 300 characters. */
	private static String clip(String text) {
		return text == null || text.length() <= 300 ? text : text.substring(0, 300);
	}

}
