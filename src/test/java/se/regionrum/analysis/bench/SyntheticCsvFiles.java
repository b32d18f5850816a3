package se.regionrum.analysis.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.servicepoint.ServiceTypeIndex;
import se.regionrum.analysis.synthetic.SyntheticData;
import se.regionrum.analysis.synthetic.SyntheticRegion;

/**
 * Writes the synthetic region (seed 42, {@link SyntheticRegion.Scale#REGION} over Dalarna) as the
 * four CSV files the command line reads: {@code nodes.csv} (WGS84 degrees), {@code edges.csv},
 * {@code cells.csv} (lower-left corners) and {@code points.csv}. The input of {@code bin/bench-cli}.
 * {@code java -cp … se.regionrum.analysis.bench.SyntheticCsvFiles DIR [region|national]}
 */
public final class SyntheticCsvFiles {

	private SyntheticCsvFiles() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args.length > 0 ? args[0] : "target/synthetic-csv");
		boolean national = args.length > 1 && args[1].equals("national");
		SyntheticData data = SyntheticRegion.generate(national ? SyntheticRegion.Scale.NATIONAL : SyntheticRegion.Scale.REGION,
				national ? SyntheticRegion.Extent.SWEDEN : SyntheticRegion.Extent.DALARNA, List.of(), 42);
		write(data, dir);
		for (String name : List.of("nodes.csv", "edges.csv", "cells.csv", "points.csv")) {
			System.out.printf(Locale.ROOT, "%s: %,d bytes%n", dir.resolve(name), Files.size(dir.resolve(name)));
		}
	}

	public static void write(SyntheticData data, Path dir) throws IOException {
		Files.createDirectories(dir);
		RoadGraph graph = data.graph();
		try (BufferedWriter nodes = Files.newBufferedWriter(dir.resolve("nodes.csv"), StandardCharsets.UTF_8)) {
			nodes.write("id,lon,lat\n");
			for (int n = 0; n < graph.nodeCount(); n++) {
				double[] lonLat = CoordinateTransforms.sweref99ToWgs84(graph.x(n), graph.y(n));
				nodes.write(String.format(Locale.ROOT, "%s,%.7f,%.7f%n", id(n), lonLat[0], lonLat[1]));
			}
		}
		try (BufferedWriter edges = Files.newBufferedWriter(dir.resolve("edges.csv"), StandardCharsets.UTF_8)) {
			edges.write("from,to,seconds,meters\n");
			// the engine counts milliseconds: seconds with three decimals give back the same edge times
			graph.forEachEdge((from, to, millis, meters) -> line(edges,
					id(from) + "," + id(to) + "," + millis / 1000 + "." + (millis % 1000 + 1000 + "").substring(1) + ","
							+ meters + ".0\n"));
		}
		try (BufferedWriter cells = Files.newBufferedWriter(dir.resolve("cells.csv"), StandardCharsets.UTF_8)) {
			cells.write("x,y,population\n");
			for (int c = 0; c < data.cells().count(); c++) {
				cells.write(data.cellLowerLeftX()[c] + "," + data.cellLowerLeftY()[c] + "," + data.cells().population()[c] + "\n");
			}
		}
		try (BufferedWriter points = Files.newBufferedWriter(dir.resolve("points.csv"), StandardCharsets.UTF_8)) {
			points.write("id,type,name,x,y\n");
			var p = data.points();
			for (int i = 0; i < p.count(); i++) {
				String type = ServiceTypeIndex.DEFAULT.get(p.type()[i] % ServiceTypeIndex.DEFAULT.size());
				points.write(String.format(Locale.ROOT, "p%d,%s,%s,%.1f,%.1f%n", i + 1, type, data.pointNames()[i], p.x()[i],
						p.y()[i]));
			}
		}
	}

	/** Ids as OpenStreetMap exports write them, so that the files are as long as real ones. */
	private static String id(int node) {
		return "node/" + (2_471_000_000L + 3L * node);
	}

	private static void line(BufferedWriter writer, String line) {
		try {
			writer.write(line);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
