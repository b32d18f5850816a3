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

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.network.TravelMode;

/** {@code --mode}: the profile {@code --network} is read with, and the connector speed unless given. */
class TravelModeCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void walkingIsSlowerThanDrivingToTheSamePharmacy() throws IOException {
		Files.writeString(dir.resolve("cells.csv"), "x;y;population\n673750;6579500;120\n");
		assertThat(pharmacyMinutes("walk")).isGreaterThan(pharmacyMinutes("car"));
	}

	private double pharmacyMinutes(String mode) throws IOException {
		Path cells = dir.resolve("cells.csv");
		String pbf = AnalysisFixtures.path("stockholm-sodermalm-2020-07.osm.pbf").toString();
		Path result = dir.resolve("result-" + mode);
		int status = run("--network", pbf, "--mode", mode, "--cells", cells.toString(), "--osm-points", pbf, "--out",
				result.toString(), "--types", "pharmacy", "--reference");
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("reference: agrees with the engine");
		List<String> rows = Files.readAllLines(result.resolve("cells.csv"));
		return Double.parseDouble(rows.get(1).split(",")[5]);
	}

	@Test
	void theModeSetsTheConnectorSpeedUnlessGiven() {
		String[] base = { "--network", "a.osm.pbf", "--cells", "c.csv", "--points", "p.csv", "--out", "o" };
		assertThat(CommandOptions.parse(base).mode()).isEqualTo(TravelMode.CAR);
		assertThat(CommandOptions.parse(base).settings().connectorSpeedKmh()).isEqualTo(20);
		CommandOptions bike = CommandOptions.parse(with(base, "--mode", "bike"));
		assertThat(bike.mode()).isEqualTo(TravelMode.BIKE);
		assertThat(bike.settings().connectorSpeedKmh()).isEqualTo(15);
		assertThat(CommandOptions.parse(with(base, "--mode", "walk", "--connector-speed", "4")).settings()
			.connectorSpeedKmh()).isEqualTo(4);
		assertThat(run(with(base, "--mode", "boat"))).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--mode takes car, walk or bike");
	}

	private static String[] with(String[] base, String... more) {
		String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return all;
	}

	private int run(String... args) {
		return AnalysisCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

}
