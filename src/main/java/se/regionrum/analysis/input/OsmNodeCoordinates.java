package se.regionrum.analysis.input;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

import crosby.binary.Osmformat;

/**
 * The coordinates of a chosen set of OSM nodes, found in one pass over a PBF file. The ids are
 * held as a sorted {@code long[]} and the coordinates as two {@code int[]} in 1e-7 degrees (the
 * precision OSM stores), about 16 bytes per node: a map of boxed ids would take five times that
 * for the tens of millions of nodes a national road network has.
 */
public final class OsmNodeCoordinates {

	private static final int MISSING = Integer.MIN_VALUE;

	private final long[] ids;
	private final int[] lon;
	private final int[] lat;

	private OsmNodeCoordinates(long[] ids) {
		this.ids = ids;
		this.lon = new int[ids.length];
		this.lat = new int[ids.length];
		Arrays.fill(lat, MISSING);
	}

	/**
	 * Reads the file once for the given ids.
	 *
	 * @param sortedIds ascending and without repeats
	 * @param nodesRead told the running count of nodes read, once per block
	 */
	public static OsmNodeCoordinates read(Path file, long[] sortedIds, LongConsumer nodesRead) {
		OsmNodeCoordinates coordinates = new OsmNodeCoordinates(sortedIds);
		PbfPass.run(file, coordinates.new Pass(nodesRead));
		return coordinates;
	}

	/** The index of a node id, or a negative number when it was not asked for. */
	public int indexOf(long id) {
		return Arrays.binarySearch(ids, id);
	}

	public int size() {
		return ids.length;
	}

	public long id(int index) {
		return ids[index];
	}

	/** Whether the file held the node; extracts clipped at a border lack some nodes of their ways. */
	public boolean found(int index) {
		return lat[index] != MISSING;
	}

	public double lon(int index) {
		return lon[index] * 1e-7;
	}

	public double lat(int index) {
		return lat[index] * 1e-7;
	}

	private final class Pass extends OsmParser {

		private final LongConsumer nodesRead;
		private long count;

		Pass(LongConsumer nodesRead) {
			this.nodesRead = nodesRead;
		}

		@Override
		protected void parseDense(Osmformat.DenseNodes nodes) {
			long id = 0;
			long rawLat = 0;
			long rawLon = 0;
			for (int i = 0; i < nodes.getIdCount(); i++) {
				id += nodes.getId(i);
				rawLat += nodes.getLat(i);
				rawLon += nodes.getLon(i);
				store(id, parseLon(rawLon), parseLat(rawLat));
			}
			count += nodes.getIdCount();
			nodesRead.accept(count);
		}

		@Override
		protected void parseNodes(List<Osmformat.Node> nodes) {
			for (Osmformat.Node node : nodes) {
				store(node.getId(), parseLon(node.getLon()), parseLat(node.getLat()));
			}
			count += nodes.size();
			nodesRead.accept(count);
		}

		private void store(long id, double lonDegrees, double latDegrees) {
			int index = Arrays.binarySearch(ids, id);
			if (index >= 0) {
				lon[index] = (int) Math.round(lonDegrees * 1e7);
				lat[index] = (int) Math.round(latDegrees * 1e7);
			}
		}




	}

	/** Sorts and removes repeats, giving the ids in the form {@link #read} takes. */
	public static long[] sortedUnique(long[] ids, int length) {
		long[] sorted = Arrays.copyOf(ids, length);
		Arrays.parallelSort(sorted);
		int n = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (n == 0 || sorted[i] != sorted[n - 1]) {
				sorted[n++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, n);
	}
}
