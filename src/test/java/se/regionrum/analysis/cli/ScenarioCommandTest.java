package se.regionrum.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionrum.analysis.AnalysisFixtures;

class ScenarioCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private static final String POINTS = """
			id,type,name,x,y
			f1,fuel,Norr,673300,6578800
			f2,fuel,Söder,674000,6579500
			g1,grocery_full,Konsum,673600,6579100
			g2,grocery_full,Ica,673900,6578900
			""";

	/** A 4 x 4 lattice of 250 m cells over Södermalm. */
	private Path cells() throws IOException {
		StringBuilder text = new StringBuilder("x;y;population\n");
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 4; j++) {
				text.append(673_250 + 250 * i).append(';').append(6_578_750 + 250 * j).append(';').append(50 + 10 * i * j)
					.append('\n');
			}
		}
		return Files.writeString(dir.resolve("cells.csv"), text);
	}

	@Test
	void theScenarioFileEqualsAFullAnalysisOfTheChangedPointsCellByCell() throws IOException {
		Path cells = cells();
		Path points = Files.writeString(dir.resolve("points.csv"), POINTS);
		Path scenario = dir.resolve("scenario");
		assertThat(run(cells, points, scenario, "--close", "f1,g2", "--open", "fuel:673700,6579300", "--open",
				"Pharmacy:673500,6579000")).as(err.toString(StandardCharsets.UTF_8)).isZero();

		// the same points as a file: the closed ones left out, the opened ones after the rest, as the engine numbers them
		Path changed = Files.writeString(dir.resolve("changed.csv"), """
				id,type,name,x,y
				f2,fuel,Söder,674000,6579500
				g1,grocery_full,Konsum,673600,6579100
				opened/1,fuel,,673700,6579300
				opened/2,pharmacy,,673500,6579000
				""");
		Path full = dir.resolve("full");
		assertThat(run(cells, changed, full)).as(err.toString(StandardCharsets.UTF_8)).isZero();

		List<String> scenarioRows = Files.readAllLines(scenario.resolve("scenario_cells.csv"));
		assertThat(scenarioRows).isEqualTo(Files.readAllLines(full.resolve("cells.csv")));
		assertThat(scenarioRows).anySatisfy(row -> assertThat(row).contains(",pharmacy,").contains(",opened/2,"));

		Map<String, String> before = minutes(scenario.resolve("cells.csv"));
		Map<String, String> after = minutes(full.resolve("cells.csv"));
		List<String> changes = Files.readAllLines(scenario.resolve("scenario_changes.csv"));
		assertThat(changes.get(0)).isEqualTo("cell_id,type,base_minutes,scenario_minutes,change_minutes");
		List<String> expected = new ArrayList<>();
		for (String key : before.keySet()) {
			if (!before.get(key).equals(after.get(key))) {
				expected.add(key);
			}
		}
		List<String> listed = new ArrayList<>();
		for (String row : changes.subList(1, changes.size())) {
			String[] f = row.split(",", -1);
			String key = f[0] + "," + f[1];
			listed.add(key);
			assertThat(f[2]).as(key).isEqualTo(before.get(key));
			assertThat(f[3]).as(key).isEqualTo(after.get(key));
			if (!f[2].isEmpty() && !f[3].isEmpty()) {
				assertThat(Double.parseDouble(f[4])).as(key)
					.isCloseTo(Double.parseDouble(f[3]) - Double.parseDouble(f[2]), org.assertj.core.data.Offset.offset(1e-9));
			}
		}
		assertThat(listed).containsAll(expected);

		// every cell reaches the new pharmacy, where none reached one before
		long population = 0;
		for (String row : scenarioRows.subList(1, scenarioRows.size())) {
			String[] f = row.split(",", -1);
			population += f[4].equals("pharmacy") && !f[5].isEmpty() ? Long.parseLong(f[3]) : 0;
		}
		String console = out.toString(StandardCharsets.UTF_8);
		assertThat(console).contains("scenario: 2 point(s) closed, 2 opened; prepared in")
			.containsPattern("pharmacy +" + population + " people faster, 0 slower; 0 lose every point, " + population
					+ " gain one")
			.containsPattern("fuel +\\d+ people faster")
			.contains("wrote " + scenario.resolve("scenario_cells.csv"));
	}

	@Test
	void anUnknownIdOrTypeIsBadInputNamingTheOptionAndWritesNothing() throws IOException {
		Path cells = cells();
		Path points = Files.writeString(dir.resolve("points.csv"), POINTS);
		assertThat(run(cells, points, dir.resolve("a"), "--close", "f1,f9")).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--close: no service point has the id \"f9\"");
		assertThat(run(cells, points, dir.resolve("a"), "--open", "bakery:673700,6579300")).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--open: no service type \"bakery\" among [");
		assertThat(dir.resolve("a")).doesNotExist();
	}

	@Test
	void aNewPointFarFromTheRoadsIsNamedInAWarning() throws IOException {
		Path points = Files.writeString(dir.resolve("points.csv"), POINTS);
		assertThat(run(cells(), points, dir.resolve("a"), "--open", "fuel:600000,6400000")).isZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains(
				"Varning: det nya serviceställe (--open fuel:600000,6400000) ligger längre än 500 m från vägnätet");
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("scenario: 0 point(s) closed, 1 opened");
	}

	@Test
	void badCoordinatesAreACommandLineError() throws IOException {
		Path cells = cells();
		Path points = Files.writeString(dir.resolve("points.csv"), POINTS);
		assertThat(run(cells, points, dir.resolve("a"), "--open", "fuel:east,6579300")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("option --open: \"east\" in \"fuel:east,6579300\"")
			.contains("--open TYPE:X,Y");
		assertThat(run(cells, points, dir.resolve("a"), "--open", "fuel:18.07,59.31")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("18.07,59.31 look like degrees");
		assertThat(run(cells, points, dir.resolve("a"), "--open", "673700,6579300")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("option --open takes TYPE:X,Y");
		assertThat(run(cells, points, dir.resolve("a"), "--close", " , ")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("option --close takes point ids");
		assertThat(dir.resolve("a")).doesNotExist();
	}

	/** {@code cell_id,type} to the minutes of a cells file (blank where unreachable). */
	private static Map<String, String> minutes(Path file) throws IOException {
		Map<String, String> minutes = new HashMap<>();
		List<String> rows = Files.readAllLines(file);
		for (String row : rows.subList(1, rows.size())) {
			String[] f = row.split(",", -1);
			minutes.put(f[0] + "," + f[4], f[5]);
		}
		return minutes;
	}

	private int run(Path cells, Path points, Path result, String... more) {
		List<String> args = new ArrayList<>(List.of("--network", sodermalm(), "--cells", cells.toString(), "--points",
				points.toString(), "--out", result.toString(), "--threads", "2"));
		args.addAll(List.of(more));
		return AnalysisCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static String sodermalm() {
		return AnalysisFixtures.path("stockholm-sodermalm-2020-07.osm.pbf").toString();
	}
}
