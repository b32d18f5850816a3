package se.regionrum.analysis.bench;

import java.nio.file.Path;
import java.util.Locale;

import se.regionrum.analysis.network.OsmRoadNetworkReader;

/**
 * How fast {@link OsmRoadNetworkReader} imports an OSM extract: reads it a few times to warm the
 * JIT, then N timed times, and reports OSM nodes and ways per second and the graph build (the
 * reader's whole work, both passes and the CSR layout). A runnable main, not a unit test:
 * <pre>
 * ./mvnw -B -o -q test-compile
 * java -cp "target/classes:target/test-classes:$(./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *     se.regionrum.analysis.bench.OsmImportBenchmark src/test/resources/analysis/andorra-2020-05.osm.pbf 10
 * </pre>
 */
public final class OsmImportBenchmark {

	private OsmImportBenchmark() {
	}

	public static void main(String[] args) {
		Path file = Path.of(args.length > 0 ? args[0] : "src/test/resources/analysis/andorra-2020-05.osm.pbf");
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		OsmRoadNetworkReader reader = new OsmRoadNetworkReader();
		for (int i = 0; i < warmUp; i++) {
			reader.read(file);
		}
		long best = Long.MAX_VALUE;
		long total = 0;
		OsmRoadNetworkReader.Result result = null;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			result = reader.read(file);
			long elapsed = System.nanoTime() - start;
			best = Math.min(best, elapsed);
			total += elapsed;
		}
		double mean = total / (double) runs / 1e9;
		System.out.printf(Locale.ROOT, "%s: %d OSM nodes, %d ways (%d used) -> %d graph nodes, %d edges, %d routable%n",
				file.getFileName(), result.nodesRead(), result.waysRead(), result.waysUsed(), result.graphNodes(),
				result.graphEdges(), result.routableNodes());
		System.out.printf(Locale.ROOT, "%d runs after %d warm-up: mean %.1f ms, best %.1f ms per import%n", runs, warmUp,
				mean * 1000, best / 1e6);
		System.out.printf(Locale.ROOT, "%.2f M nodes/s, %.0f k ways/s (mean; both passes, graph build included)%n",
				result.nodesRead() / mean / 1e6, result.waysRead() / mean / 1e3);
	}
}
