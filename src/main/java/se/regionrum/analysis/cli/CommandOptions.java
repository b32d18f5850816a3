package se.regionrum.analysis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.analysis.servicepoint.OsmServiceTag;

/** The command line of {@link AnalysisCommand}, parsed and checked. */
/**
 * @param types the service types to analyse in this order, or empty for every type the points have
 *        (after the built-in ones)
 * @param mode the travel mode: the profile {@code --network} is read with, and the default connector speed
 */
record CommandOptions(Path network, Path nodes, Path edges, Path links, Path cells, List<Path> points,
		List<Path> osmPoints, List<OsmServiceTag> osmTags, List<String> types, Path out, double linkSnapMeters,
		EngineSettings settings, boolean reference, boolean english, TravelMode mode) {

	static final String USAGE = """
			Usage: analyse (--network roads.osm.pbf | --nodes nodes.csv --edges edges.csv | --links links.geojson|links.gpkg)
			               --cells cells.csv|grid.gpkg (--points points.csv|points.geojson | --osm-points file.osm.pbf)...
			               --out DIR [--cell-snap 1000] [--point-snap 500] [--link-snap 0.5] [--connector-speed 20]
			               [--thresholds 10,20,30] [--threads N] [--osm-tags shop=supermarket:grocery_full,...]
			               [--types grocery_full,pharmacy,...] [--mode car|walk|bike] [--reference] [--lang sv|en]
			CSV inputs may be gzip-compressed (.csv.gz).
			""";

	static CommandOptions parse(String[] args) {
		Path network = null, nodes = null, edges = null, links = null, cells = null, out = null;
		List<Path> points = new ArrayList<>();
		List<Path> osmPoints = new ArrayList<>();
		List<OsmServiceTag> osmTags = OsmServiceTag.defaults();
		List<String> types = List.of();
		EngineSettings d = EngineSettings.defaults();
		double cellSnap = d.cellSnapMeters(), pointSnap = d.pointSnapMeters(), connector = Double.NaN;
		double linkSnap = 0.5;
		int[] thresholds = d.thresholdMinutes();
		int threads = d.threads();
		boolean reference = false;
		boolean english = false;
		TravelMode mode = TravelMode.CAR;
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if ("--reference".equals(option)) {
				reference = true;
				continue;
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("option " + option + " needs a value");
			}
			String value = args[++i];
			switch (option) {
				case "--network" -> network = Path.of(value);
				case "--nodes" -> nodes = Path.of(value);
				case "--edges" -> edges = Path.of(value);
				case "--links" -> links = Path.of(value);
				case "--cells" -> cells = Path.of(value);
				case "--points" -> points.add(Path.of(value));
				case "--osm-points" -> osmPoints.add(Path.of(value));
				case "--osm-tags" -> osmTags = OsmServiceTag.parse(value);
				case "--types" -> types = types(value);
				case "--out" -> out = Path.of(value);
				case "--cell-snap" -> cellSnap = number(option, value);
				case "--point-snap" -> pointSnap = number(option, value);
				case "--link-snap" -> linkSnap = number(option, value);
				case "--connector-speed" -> connector = number(option, value);
				case "--thresholds" -> thresholds = Arrays.stream(value.split(",")).mapToInt(t -> (int) number(option, t)).toArray();
				case "--threads" -> threads = (int) number(option, value);
				case "--lang" -> english = "en".equals(value);
				case "--mode" -> mode = TravelMode.parse(value)
					.orElseThrow(() -> new IllegalArgumentException("option --mode takes car, walk or bike"));
				default -> throw new IllegalArgumentException("unknown option " + option);
			}
		}
		int sources = (network != null ? 1 : 0) + (nodes != null || edges != null ? 1 : 0) + (links != null ? 1 : 0);
		if (sources != 1 || (nodes != null) != (edges != null)) {
			throw new IllegalArgumentException("give exactly one road network: --network, --nodes with --edges, or --links");
		}
		if (cells == null || out == null || (points.isEmpty() && osmPoints.isEmpty())) {
			throw new IllegalArgumentException("--cells, --out and at least one --points or --osm-points are required");
		}
		// the stretch to the road is walked, cycled or driven as the network is, unless the option says
		double connectorKmh = Double.isNaN(connector) ? mode.connectorSpeedKmh() : connector;
		EngineSettings settings = new EngineSettings(cellSnap, pointSnap, connectorKmh, thresholds, threads);
		return new CommandOptions(network, nodes, edges, links, cells, List.copyOf(points), List.copyOf(osmPoints), osmTags,
				types, out, linkSnap, settings, reference, english, mode);
	}

	/** Type names as the points files write them (any letter case), each once. */
	private static List<String> types(String value) {
		List<String> types = Arrays.stream(value.split(","))
			.map(t -> t.strip().toLowerCase(java.util.Locale.ROOT))
			.filter(t -> !t.isEmpty())
			.distinct()
			.toList();
		if (types.isEmpty()) {
			throw new IllegalArgumentException("option --types takes type names separated by commas");
		}
		return types;
	}

	private static double number(String option, String value) {
		try {
			return Double.parseDouble(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("option " + option + " takes a number, not \"" + value + "\"");
		}
	}
}
