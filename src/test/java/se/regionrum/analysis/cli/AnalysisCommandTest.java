package se.regionrum.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.servicepoint.ServiceTypeIndex;

class AnalysisCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void analysesSodermalmAndWritesBothFiles() throws IOException {
		Path cells = Files.writeString(dir.resolve("cells.csv"), """
				x;y;population
				673750;6579500;120
				674000;6579250;80
				674250;6579000;0
				""");
		Path points = Files.writeString(dir.resolve("points.csv"), """
				type,name,lon,lat
				fuel,Macken,18.0700,59.3150
				""");
		Path result = dir.resolve("result");

		int status = run("--network", AnalysisFixtures.path("stockholm-sodermalm-2020-07.osm.pbf").toString(), "--cells",
				cells.toString(), "--points", points.toString(), "--osm-points",
				AnalysisFixtures.path("stockholm-sodermalm-2020-07.osm.pbf").toString(), "--out", result.toString(),
				"--thresholds", "5,15", "--threads", "2", "--reference");

		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		List<String> cellRows = Files.readAllLines(result.resolve("cells.csv"));
		assertThat(cellRows.get(0)).isEqualTo("cell_id,x,y,population,type,minutes,road_km,nearest_id,nearest_name");
		assertThat(cellRows).hasSize(1 + 3 * ServiceTypeIndex.DEFAULT.size());
		assertThat(cellRows).anySatisfy(row -> assertThat(row).contains(",pharmacy,").contains("node/"));
		List<String> pointRows = Files.readAllLines(result.resolve("points.csv"));
		assertThat(pointRows.get(0)).isEqualTo("point_id,type,name,x,y,on_network,served_population,"
				+ "affected_population,added_person_minutes,pushed_past_5_min,pushed_past_15_min,stranded_population");
		assertThat(pointRows).anySatisfy(row -> assertThat(row).startsWith("1,fuel,Macken,"));
		assertThat(pointRows).hasSize(1 + 1 + 8);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("reference: agrees with the engine");
	}

	@Test
	void badInputIsReportedInSwedishWithRowAndColumn() throws IOException {
		Path cells = Files.writeString(dir.resolve("cells.csv"), "x,y,population\n673750,6579500,many\n");
		int status = run("--network", AnalysisFixtures.path("stockholm-sodermalm-2020-07.osm.pbf").toString(), "--cells",
				cells.toString(), "--osm-points", AnalysisFixtures.path("stockholm-sodermalm-2020-07.osm.pbf").toString(), "--out",
				dir.resolve("result").toString());
		assertThat(status).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("rad/objekt 2, kolumn \"population\"")
			.contains("inget heltal");
		assertThat(dir.resolve("result")).doesNotExist();
	}

	/** A 3 x 3 road grid near Falun, 1 km apart, both ways at 60 km/h, as the two CSV files. */
	private Path[] network(String nodesName, String edgesName, String edgeOverride) throws IOException {
		StringBuilder nodes = new StringBuilder("id,lon,lat\n");
		StringBuilder edges = new StringBuilder("from,to,seconds,meters\n");
		for (int j = 0; j < 3; j++) {
			for (int i = 0; i < 3; i++) {
				double[] lonLat = CoordinateTransforms.sweref99ToWgs84(ORIGIN[0] + i * 1000, ORIGIN[1] + j * 1000);
				nodes.append(String.format(Locale.ROOT, "n%d%d,%.7f,%.7f%n", i, j, lonLat[0], lonLat[1]));
				if (i < 2) {
					edges.append(String.format(Locale.ROOT, "n%d%d,n%d%d,60,1000%nn%d%d,n%d%d,60,1000%n", i, j, i + 1, j,
							i + 1, j, i, j));
				}
				if (j < 2) {
					edges.append(String.format(Locale.ROOT, "n%d%d,n%d%d,60,1000%nn%d%d,n%d%d,60,1000%n", i, j, i, j + 1,
							i, j + 1, i, j));
				}
			}
		}
		if (edgeOverride != null) {
			edges.append(edgeOverride).append('\n');
		}
		return new Path[] { write(nodesName, nodes.toString()), write(edgesName, edges.toString()) };
	}

	/** Lower-left node of the road grid in SWEREF 99 TM. */
	private static final double[] ORIGIN = { 533_000, 6_720_000 };

	/** Cells whose centres lie on three of the nodes. */
	private static final String CELLS = """
			x;y;population
			532875;6719875;100
			533875;6720875;50
			534875;6721875;10
			""";

	private Path write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		if (name.endsWith(".gz")) {
			try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
				out.write(content.getBytes(StandardCharsets.UTF_8));
			}
			return file;
		}
		return Files.writeString(file, content);
	}

	private String points(String... rows) {
		double[] a = CoordinateTransforms.sweref99ToWgs84(ORIGIN[0], ORIGIN[1]);
		double[] b = CoordinateTransforms.sweref99ToWgs84(ORIGIN[0] + 2000, ORIGIN[1] + 2000);
		StringBuilder csv = new StringBuilder("type,name,lon,lat\n");
		csv.append(String.format(Locale.ROOT, "grocery_full,Konsum,%.7f,%.7f%n", a[0], a[1]));
		csv.append(String.format(Locale.ROOT, "bibliotek,Stadsbiblioteket,%.7f,%.7f%n", b[0], b[1]));
		for (String row : rows) {
			csv.append(row).append('\n');
		}
		return csv.toString();
	}

	@Test
	void implausiblyLongEdgesAreRefusedNamingFileRowAndColumnInsteadOfWrappingNegative() throws IOException {
		Path[] network = network("nodes.csv", "edges.csv", "n00,n22,2000000000,1000");
		Path cells = write("cells.csv", CELLS);
		Path points = write("points.csv", points());
		int status = analyse(network, cells, points, "--out", dir.resolve("result").toString());
		assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Problem i nodes.csv, edges.csv:")
			.contains("rad/objekt 26, kolumn \"seconds\": Tiden 2\u00a0000\u00a0000\u00a0000 sekunder är orimlig för en länk");
		assertThat(dir.resolve("result")).doesNotExist();
	}

	@Test
	void anyTypeNameIsAnalysedAndTypesChoosesWhichAndInWhatOrder() throws IOException {
		Path[] network = network("nodes.csv", "edges.csv", null);
		Path cells = write("cells.csv", CELLS);
		Path points = write("points.csv", points("vardcentral,Hälsan," + lonLat(1000, 1000)));

		assertThat(analyse(network, cells, points, "--out", dir.resolve("all").toString()))
			.as(err.toString(StandardCharsets.UTF_8)).isZero();
		List<String> all = Files.readAllLines(dir.resolve("all/cells.csv"));
		// the built-in types first (unreachable where no point has them), then the file's own
		assertThat(all).hasSize(1 + 3 * (ServiceTypeIndex.DEFAULT.size() + 2));
		assertThat(all).anySatisfy(row -> assertThat(row).contains(",bibliotek,").contains("Stadsbiblioteket"));

		assertThat(analyse(network, cells, points, "--types", "vardcentral,Bibliotek", "--out",
				dir.resolve("two").toString())).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Typen \"grocery_full\" är okänd");

		Path two = write("two.csv", points().lines().filter(l -> !l.startsWith("grocery_full")).toList().stream()
			.reduce("", (a, b) -> a + b + "\n") + "vardcentral,Hälsan," + lonLat(1000, 1000) + "\n");
		assertThat(analyse(network, cells, two, "--types", "vardcentral,Bibliotek", "--out",
				dir.resolve("two").toString())).isZero();
		List<String> rows = Files.readAllLines(dir.resolve("two/cells.csv"));
		assertThat(rows).hasSize(1 + 3 * 2);
		assertThat(rows.get(1)).contains(",vardcentral,");
		assertThat(rows.get(2)).contains(",bibliotek,");
		assertThat(rows.get(1)).startsWith("2,533000,6720000,100,vardcentral,2.00,2.00,");
	}

	@Test
	void gzipCompressedCsvFilesAreRead() throws IOException {
		Path[] network = network("nodes.csv.gz", "edges.csv.gz", null);
		Path cells = write("cells.csv.gz", CELLS);
		Path points = write("points.csv.gz", points());
		int status = analyse(network, cells, points, "--out", dir.resolve("result").toString());
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(Files.readAllLines(dir.resolve("result/cells.csv")))
			.anySatisfy(row -> assertThat(row).startsWith("2,533000,6720000,100,grocery_full,0.00,0.00,1,Konsum"));
	}

	@Test
	void wholeFileProblemsNameTheFile() throws IOException {
		Path[] network = network("nodes.csv", "edges.csv", null);
		Path cells = Files.write(dir.resolve("cells.csv"), "x;y;population\n1;2;\u00e5\n".getBytes(StandardCharsets.ISO_8859_1));
		Path points = write("points.csv", points());
		int status = analyse(network, cells, points, "--out", dir.resolve("result").toString(), "--lang", "en");
		assertThat(status).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Problems in cells.csv:")
			.contains("The file cells.csv is not a CSV file in UTF-8");
	}

	@Test
	void aCellsFileWithAHeaderAndNoRowsIsAnError() throws IOException {
		Path[] network = network("nodes.csv", "edges.csv", null);
		Path cells = write("cells.csv", "x;y;population\n");
		Path points = write("points.csv", points());
		int status = analyse(network, cells, points, "--out", dir.resolve("result").toString());
		assertThat(status).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("Filen cells.csv har en rubrikrad men inga rader med data.");
		assertThat(dir.resolve("result")).doesNotExist();
	}

	@Test
	void pointsTooFarFromTheNetworkAreCountedAndNamedInAWarning() throws IOException {
		Path[] network = network("nodes.csv", "edges.csv", null);
		Path cells = write("cells.csv", CELLS);
		Path points = write("points.csv", points("fuel,Ödemacken," + lonLat(30_000, 30_000)));
		int status = analyse(network, cells, points, "--point-snap", "500", "--out", dir.resolve("result").toString());
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("Varning: 1 av 3 serviceställen ligger längre än 500 m från vägnätet och är inte med i analysen: "
					+ "3 (Ödemacken)");
	}

	/** Runs the command on the CSV network, cells and points, with more options after them. */
	private int analyse(Path[] network, Path cells, Path points, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("--nodes", network[0].toString(), "--edges",
				network[1].toString(), "--cells", cells.toString(), "--points", points.toString()));
		args.addAll(List.of(more));
		return run(args.toArray(String[]::new));
	}

	private static String lonLat(double east, double north) {
		double[] p = CoordinateTransforms.sweref99ToWgs84(ORIGIN[0] + east, ORIGIN[1] + north);
		return String.format(Locale.ROOT, "%.7f,%.7f", p[0], p[1]);
	}

	@Test
	void missingOptionsGiveUsage() {
		assertThat(run("--cells", "x.csv")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: analyse");
	}

	private int run(String... args) {
		return AnalysisCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}
}
