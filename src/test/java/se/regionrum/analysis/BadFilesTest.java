package se.regionrum.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.regionrum.analysis.grid.PopulationGridReader;
import se.regionrum.analysis.input.ProblemText;
import se.regionrum.analysis.network.CsvNetworkReader;
import se.regionrum.analysis.network.OsmRoadNetworkReader;
import se.regionrum.analysis.network.RoadLinkReader;
import se.regionrum.analysis.servicepoint.OsmServicePointReader;
import se.regionrum.analysis.servicepoint.ServicePointReader;
import se.regionrum.platform.ImportProblem;

/**
 * Every reader, given an empty file, bytes of no format and a valid file cut short: each is
 * rejected, every problem is a sentence in Swedish and in English without Java's words in it, and
 * every problem of the file as a whole names the file.
 */
class BadFilesTest {

	@TempDir
	static Path dir;

	enum Damage {
		EMPTY, GARBAGE, TRUNCATED
	}

	/** One input: its file name, a valid content and how it is read. */
	record Format(String name, byte[] valid, Function<Path, Object> reader) {

		@Override
		public String toString() {
			return name;
		}
	}

	static final String GRID_CSV = "x;y;befolkning\n" + "673750;6579500;120\n".repeat(5) + "674000;6579250;80\n".repeat(5);

	static final String POINTS_CSV = "type,name,lon,lat\n" + "fuel,Macken,18.0700,59.3150\n".repeat(8);

	static final String POINTS_GEOJSON = """
			{"type":"FeatureCollection","features":[
			{"type":"Feature","properties":{"type":"fuel","name":"Macken"},"geometry":{"type":"Point","coordinates":[18.07,59.315]}},
			{"type":"Feature","properties":{"type":"pharmacy","name":"Apoteket"},"geometry":{"type":"Point","coordinates":[18.08,59.316]}}
			]}""";

	static final String LINKS_GEOJSON = """
			{"type":"FeatureCollection","features":[
			{"type":"Feature","properties":{"speed":50},"geometry":{"type":"LineString","coordinates":[[18.07,59.315],[18.08,59.315]]}},
			{"type":"Feature","properties":{"speed":50},"geometry":{"type":"LineString","coordinates":[[18.08,59.315],[18.08,59.316]]}}
			]}""";

	static final String NODES_CSV = "id,lon,lat\n" + "a,18.00,59.30\nb,18.01,59.30\nc,18.01,59.31\n".repeat(1);

	static final String EDGES_CSV = "from,to,seconds,meters\n" + "a,b,40,560\nb,a,45,560\nb,c,40,1100\nc,b,40,1100\n";

	static Stream<Arguments> cases() throws IOException {
		Path nodes = Files.writeString(dir.resolve("good-nodes.csv"), NODES_CSV);
		Path edges = Files.writeString(dir.resolve("good-edges.csv"), EDGES_CSV);
		byte[] pbf = Files.readAllBytes(AnalysisFixtures.path("stockholm-sodermalm-2020-07.osm.pbf"));
		byte[] gpkg = Files.readAllBytes(AnalysisFixtures.path("helsinki_population_grid_2020.gpkg"));
		List<Format> formats = List.of(
				new Format("grid.csv", bytes(GRID_CSV), f -> new PopulationGridReader().read(f)),
				new Format("grid.csv.gz", gzip(bytes(GRID_CSV)), f -> new PopulationGridReader().read(f)),
				new Format("grid.gpkg", gpkg, f -> new PopulationGridReader().read(f)),
				new Format("points.csv", bytes(POINTS_CSV), f -> new ServicePointReader().read(f)),
				new Format("points.csv.gz", gzip(bytes(POINTS_CSV)), f -> new ServicePointReader().read(f)),
				new Format("points.geojson", bytes(POINTS_GEOJSON), f -> new ServicePointReader().read(f)),
				new Format("points.osm.pbf", pbf, f -> new OsmServicePointReader().read(f)),
				new Format("roads.osm.pbf", pbf, f -> new OsmRoadNetworkReader().read(f)),
				new Format("links.geojson", bytes(LINKS_GEOJSON), f -> new RoadLinkReader().read(f)),
				new Format("links.gpkg", gpkg, f -> new RoadLinkReader().read(f)),
				new Format("nodes.csv", bytes(NODES_CSV), f -> new CsvNetworkReader().read(f, edges)),
				new Format("edges.csv", bytes(EDGES_CSV), f -> new CsvNetworkReader().read(nodes, f)),
				new Format("edges.csv.gz", gzip(bytes(EDGES_CSV)), f -> new CsvNetworkReader().read(nodes, f)));
		List<Arguments> cases = new ArrayList<>();
		for (Format format : formats) {
			for (Damage damage : Damage.values()) {
				cases.add(Arguments.of(format, damage));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("cases")
	void theFileIsRejectedWithSentencesThatNameIt(Format format, Damage damage) throws IOException {
		Path file = Files.write(dir.resolve(damage.name().toLowerCase(Locale.ROOT) + "-" + format.name()),
				damaged(format, damage));

		List<ImportProblem> problems = ImportProblems.of(() -> format.reader().apply(file));

		assertThat(problems).isNotEmpty();
		for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
			ProblemText text = new ProblemText(locale);
			for (ImportProblem problem : problems) {
				String sentence = text.describe(problem);
				assertThat(sentence).as(problem.messageKey())
					.doesNotContain("Exception", "java.", "crosby", "protobuf", "(null)", "null", "{", "}")
					.endsWith(".");
				if (problem.row() == 0) {
					assertThat(sentence).as(problem.messageKey()).contains(file.getFileName().toString());
				}
			}
		}
	}

	private static byte[] damaged(Format format, Damage damage) throws IOException {
		return switch (damage) {
			case EMPTY -> new byte[0];
			case GARBAGE -> {
				byte[] noise = new byte[4096];
				new Random(format.name().hashCode()).nextBytes(noise);
				noise[0] = 'Q'; // neither gzip's nor SQLite's magic by chance
				yield noise;
			}
			case TRUNCATED -> Arrays.copyOf(format.valid(), cut(format.valid()));
		};
	}

	/** Somewhat past the middle, and in a text file a few characters into a line, so that the cut is in a row. */
	private static int cut(byte[] valid) {
		int at = valid.length * 6 / 10;
		if (valid[0] == 0x1f || valid[0] == '{' || !new String(valid, StandardCharsets.ISO_8859_1).contains("\n")) {
			return at;
		}
		while (at > 0 && valid[at - 1] != '\n') {
			at--;
		}
		return at + 3;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] gzip(byte[] data) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(data);
		}
		return bytes.toByteArray();
	}
}
