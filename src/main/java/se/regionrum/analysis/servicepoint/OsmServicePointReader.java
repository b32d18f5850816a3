package se.regionrum.analysis.servicepoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import crosby.binary.Osmformat;
import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.input.OsmNodeCoordinates;
import se.regionrum.analysis.input.OsmParser;
import se.regionrum.analysis.input.OsmTags;
import se.regionrum.analysis.input.PbfPass;

/**
 * Service points from an OSM PBF file, by a tag-to-type mapping ({@link OsmServiceTag#defaults()}).
 * A node stands where it is; a way (usually a building outline) stands at the mean of its nodes,
 * read in a second pass. An element matching several types gives one point per type (a
 * supermarket with a cash machine offers both). Relations (multipolygon shops) are not read, and
 * a way none of whose nodes is in the file is left out.
 */
public final class OsmServicePointReader {

	private final List<OsmServiceTag> tags;

	public OsmServicePointReader(List<OsmServiceTag> tags) {
		this.tags = List.copyOf(tags);
	}

	public OsmServicePointReader() {
		this(OsmServiceTag.defaults());
	}

	/** Points in file order: nodes as met, then ways. */
	public List<ServicePoint> read(Path pbf) {
		TaggedElements found = new TaggedElements();
		PbfPass.run(pbf, found);
		CoordinateTransforms.PlanarTransform toSweref = CoordinateTransforms.toSweref99(CoordinateTransforms.WGS84);
		List<ServicePoint> points = new ArrayList<>();
		for (Found node : found.nodes) {
			double[] xy = toSweref.apply(node.lon, node.lat);
			addPoints(points, "node/" + node.id, node.types, node.name, xy);
		}
		if (found.ways.isEmpty()) {
			return points;
		}
		long[] all = found.ways.stream().flatMapToLong(w -> Arrays.stream(w.refs)).toArray();
		OsmNodeCoordinates coordinates = OsmNodeCoordinates.read(pbf, OsmNodeCoordinates.sortedUnique(all, all.length),
				count -> {
				});
		for (Found way : found.ways) {
			double[] centre = centre(way.refs, coordinates);
			if (centre != null) {
				addPoints(points, "way/" + way.id, way.types, way.name, toSweref.apply(centre[0], centre[1]));
			}
		}
		return points;
	}

	private static void addPoints(List<ServicePoint> points, String id, List<String> types, String name, double[] xy) {
		for (String type : types) {
			points.add(new ServicePoint(id, type, name, xy[0], xy[1]));
		}
	}

	/** Mean longitude and latitude of the way's nodes, the closing repeat of the first node not counted twice. */
	private static double[] centre(long[] refs, OsmNodeCoordinates coordinates) {
		int n = refs.length > 1 && refs[0] == refs[refs.length - 1] ? refs.length - 1 : refs.length;
		double lon = 0;
		double lat = 0;
		int found = 0;
		for (int i = 0; i < n; i++) {
			int index = coordinates.indexOf(refs[i]);
			if (index >= 0 && coordinates.found(index)) {
				lon += coordinates.lon(index);
				lat += coordinates.lat(index);
				found++;
			}
		}
		return found == 0 ? null : new double[] { lon / found, lat / found };
	}

	private record Found(long id, List<String> types, String name, double lon, double lat, long[] refs) {
	}

	/** First pass: tagged nodes with their places, tagged ways with their node ids. */
	private final class TaggedElements extends OsmParser {

		final List<Found> nodes = new ArrayList<>();
		final List<Found> ways = new ArrayList<>();
		private final OsmTags elementTags = new OsmTags();

		@Override
		protected void parseDense(Osmformat.DenseNodes dense) {
			long id = 0;
			long lat = 0;
			long lon = 0;
			int kv = 0;
			for (int i = 0; i < dense.getIdCount(); i++) {
				id += dense.getId(i);
				lat += dense.getLat(i);
				lon += dense.getLon(i);
				elementTags.clear();
				while (kv < dense.getKeysValsCount() && dense.getKeysVals(kv) != 0) {
					elementTags.add(getStringById(dense.getKeysVals(kv)), getStringById(dense.getKeysVals(kv + 1)));
					kv += 2;
				}
				kv++;
				addNode(id, parseLon(lon), parseLat(lat));
			}
		}

		@Override
		protected void parseNodes(List<Osmformat.Node> list) {
			for (Osmformat.Node node : list) {
				elementTags.clear();
				for (int i = 0; i < node.getKeysCount(); i++) {
					elementTags.add(getStringById(node.getKeys(i)), getStringById(node.getVals(i)));
				}
				addNode(node.getId(), parseLon(node.getLon()), parseLat(node.getLat()));
			}
		}

		private void addNode(long id, double lon, double lat) {
			List<String> types = matchingTypes();
			if (!types.isEmpty()) {
				nodes.add(new Found(id, types, name(), lon, lat, null));
			}
		}

		@Override
		protected void parseWays(List<Osmformat.Way> list) {
			for (Osmformat.Way way : list) {
				elementTags.clear();
				for (int i = 0; i < way.getKeysCount(); i++) {
					elementTags.add(getStringById(way.getKeys(i)), getStringById(way.getVals(i)));
				}
				List<String> types = matchingTypes();
				if (types.isEmpty() || way.getRefsCount() == 0) {
					continue;
				}
				long[] refs = new long[way.getRefsCount()];
				long ref = 0;
				for (int i = 0; i < refs.length; i++) {
					ref += way.getRefs(i);
					refs[i] = ref;
				}
				ways.add(new Found(way.getId(), types, name(), 0, 0, refs));
			}
		}

		private List<String> matchingTypes() {
			if (elementTags.size() == 0) {
				return List.of();
			}
			List<String> types = new ArrayList<>(1);
			for (OsmServiceTag tag : tags) {
				if (tag.value().equals(elementTags.apply(tag.key())) && !types.contains(tag.type())) {
					types.add(tag.type());
				}
			}
			return types;
		}

		private String name() {
			String name = elementTags.apply("name");
			return name == null ? "" : name.trim();
		}



	}
}
