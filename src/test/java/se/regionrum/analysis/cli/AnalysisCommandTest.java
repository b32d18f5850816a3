package se.regionrum.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionrum.analysis.TestData;
import se.regionrum.analysis.servicepoint.ServiceTypes;

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

		int status = run("--network", TestData.path("stockholm-sodermalm-2020-07.osm.pbf").toString(), "--cells",
				cells.toString(), "--points", points.toString(), "--osm-points",
				TestData.path("stockholm-sodermalm-2020-07.osm.pbf").toString(), "--out", result.toString(),
				"--thresholds", "5,15", "--threads", "2", "--reference");

		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		List<String> cellRows = Files.readAllLines(result.resolve("cells.csv"));
		assertThat(cellRows.get(0)).isEqualTo("cell_id,x,y,population,type,minutes,road_km,nearest_id,nearest_name");
		assertThat(cellRows).hasSize(1 + 3 * ServiceTypes.DEFAULT.size());
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
		int status = run("--network", TestData.path("stockholm-sodermalm-2020-07.osm.pbf").toString(), "--cells",
				cells.toString(), "--osm-points", TestData.path("stockholm-sodermalm-2020-07.osm.pbf").toString(), "--out",
				dir.resolve("result").toString());
		assertThat(status).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("rad/objekt 2, kolumn \"population\"")
			.contains("inget heltal");
		assertThat(dir.resolve("result")).doesNotExist();
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
