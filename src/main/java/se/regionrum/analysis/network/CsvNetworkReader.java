package se.regionrum.analysis.network;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.RoadGraphBuilder;
import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.input.CsvTable;
import se.regionrum.analysis.input.IdIndex;
import se.regionrum.analysis.input.Problems;

/**
 * A road graph given as two CSV files, for networks prepared elsewhere: nodes {@code id,lon,lat}
 * (WGS84 degrees) and directed edges {@code from,to,seconds,meters} naming node ids. A road
 * driven both ways is two rows. Problems in either file are reported together; an edge longer
 * than {@link RoadGraphBuilder#MAX_EDGE_SECONDS} or {@link RoadGraphBuilder#MAX_EDGE_METERS} is one.
 * Either file may be gzip-compressed.
 */
public final class CsvNetworkReader {

	public RoadGraph read(Path nodesFile, Path edgesFile) {
		Problems problems = new Problems();
		CsvTable nodes = CsvTable.open(nodesFile);
		int id = nodes.required(problems, "id");
		int lon = nodes.required(problems, "lon");
		int lat = nodes.required(problems, "lat");
		CsvTable edges = CsvTable.open(edgesFile);
		int from = edges.required(problems, "from");
		int to = edges.required(problems, "to");
		int seconds = edges.required(problems, "seconds");
		int meters = edges.required(problems, "meters");
		problems.throwIfAny();

		RoadGraphBuilder builder = new RoadGraphBuilder();
		IdIndex index = new IdIndex();
		// proj4j reads its EPSG table when first asked (half a second in a fresh JVM): meanwhile the
		// nodes are read, and transformed after in the same order, so each keeps its number
		CompletableFuture<CoordinateTransforms.PlanarTransform> transform = CompletableFuture
			.supplyAsync(() -> CoordinateTransforms.toSweref99(CoordinateTransforms.WGS84));
		Degrees degrees = new Degrees();
		nodes.forEachRow(problems, row -> {
			double x = row.number(lon, problems);
			double y = row.number(lat, problems);
			String nodeId = row.get(id);
			if (nodeId.isEmpty()) {
				problems.add(row.number(), "id", "analysis.import.network.noId");
			}
			else if (index.get(nodeId) >= 0) {
				problems.add(row.number(), "id", "analysis.import.network.duplicateId", nodeId);
			}
			else if (!Double.isNaN(x) && !Double.isNaN(y) && (Math.abs(x) > 180 || Math.abs(y) > 90)) {
				problems.add(row.number(), "lon", "analysis.import.notDegrees", x, y);
			}
			else if (!Double.isNaN(x) && !Double.isNaN(y)) {
				index.put(nodeId, degrees.add(x, y));
			}
		});
		CoordinateTransforms.PlanarTransform toSweref = transform.join();
		for (int node = 0; node < degrees.count; node++) {
			double[] xy = toSweref.apply(degrees.lon[node], degrees.lat[node]);
			builder.addNode(xy[0], xy[1]);
		}
		edges.forEachRow(problems, row -> {
			int a = node(row, from, index, "from", problems);
			int b = node(row, to, index, "to", problems);
			double s = bounded(row, seconds, "seconds", RoadGraphBuilder.MAX_EDGE_SECONDS,
					"analysis.import.network.implausibleSeconds", problems);
			double m = bounded(row, meters, "meters", RoadGraphBuilder.MAX_EDGE_METERS,
					"analysis.import.network.implausibleMeters", problems);
			if (a >= 0 && b >= 0 && s >= 0 && m >= 0) {
				builder.addEdge(a, b, s, m);
			}
		});
		problems.throwIfAny();
		if (builder.edgeCount() == 0) {
			throw Problems.fileRejected("analysis.import.links.none", edgesFile.getFileName().toString());
		}
		return builder.build();
	}

	/** Node coordinates as read, in order, until the transform is ready. */
	private static final class Degrees {

		double[] lon = new double[1024];
		double[] lat = new double[1024];
		int count;

		/** Adds a node, returning its number. */
		int add(double x, double y) {
			if (count == lon.length) {
				lon = Arrays.copyOf(lon, count * 2);
				lat = Arrays.copyOf(lat, count * 2);
			}
			lon[count] = x;
			lat[count] = y;
			return count++;
		}
	}

	/** The node the row's column names, or -1 after recording a problem. */
	private static int node(CsvTable.Row row, int column, IdIndex index, String name, Problems problems) {
		int node = row.find(column, index);
		if (node < 0) {
			problems.add(row.number(), name, "analysis.import.network.unknownNode", row.get(column));
		}
		return node;
	}

	/**
	 * A time or length from 0 up to the most one link may plausibly have, or -1 after recording a
	 * problem: a link of a year or of the earth's circumference is a mistake in the file (seconds
	 * written as milliseconds, say), and summed along a route it would pass what the engine counts in.
	 */
	private static double bounded(CsvTable.Row row, int column, String name, double max, String tooLargeKey,
			Problems problems) {
		double value = row.number(column, problems);
		if (value < 0) {
			problems.add(row.number(), name, "analysis.import.negative", value);
			return -1;
		}
		if (value > max) {
			problems.add(row.number(), name, tooLargeKey, value, max);
			return -1;
		}
		return Double.isNaN(value) ? -1 : value;
	}
}
