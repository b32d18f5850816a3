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

class LocateCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** A 4 x 4 lattice of 250 m cells over Södermalm, in two municipalities. */
	private Path cells() throws IOException {
		StringBuilder text = new StringBuilder("x;y;population;kommun\n");
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 4; j++) {
				text.append(673_250 + 250 * i).append(';').append(6_578_750 + 250 * j).append(';').append(50 + 10 * i * j)
					.append(';').append(i < 2 ? "0180" : "0181").append('\n');
			}
		}
		return Files.writeString(dir.resolve("cells.csv"), text);
	}

	@Test
	void locatesTheBestCellsForAFuelStationAndWritesTheFiles() throws IOException {
		Path result = dir.resolve("result");
		int status = run("--network", sodermalm(), "--cells", cells().toString(), "--osm-points", sodermalm(), "--out",
				result.toString(), "--threads", "2", "--locate", "fuel", "--candidates", "cells", "--k", "2");

		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		List<String> candidates = Files.readAllLines(result.resolve("candidates.csv"));
		assertThat(candidates.get(0)).startsWith("candidate_id,x,y,on_network,improved_population,person_minutes_saved,"
				+ "newly_reached,newly_within_10_min,newly_within_20_min,newly_within_30_min");
		assertThat(candidates).hasSize(1 + 16);
		List<String> sites = Files.readAllLines(result.resolve("sites.csv"));
		assertThat(sites).hasSize(1 + 2);
		assertThat(sites.get(1)).startsWith("1,");
		String geoJson = Files.readString(result.resolve("sites.geojson"));
		assertThat(geoJson).contains("\"FeatureCollection\"").contains("EPSG::3006").contains("\"rank\":2");
		List<String> byMunicipality = Files.readAllLines(result.resolve("sites_by_municipality.csv"));
		assertThat(byMunicipality).hasSize(1 + 2);
		assertThat(byMunicipality.get(1)).startsWith("0180,");
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("location analysis, fuel: 16 candidates")
			.contains("best 2 sites (median)");
	}

	@Test
	void readsCandidateSitesFromAFileAndCoversWithinAThreshold() throws IOException {
		Path sitesFile = Files.writeString(dir.resolve("sites.csv"), """
				id,lon,lat
				Slussen,18.0717,59.3195
				Skanstull,18.0760,59.3080
				far away,18.5000,59.5000
				""");
		Path result = dir.resolve("result");
		int status = run("--network", sodermalm(), "--cells", cells().toString(), "--osm-points", sodermalm(), "--out",
				result.toString(), "--locate", "fuel", "--candidates", sitesFile.toString(), "--k", "1",
				"--objective", "cover", "--cover-minutes", "5");

		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		List<String> candidates = Files.readAllLines(result.resolve("candidates.csv"));
		assertThat(candidates).hasSize(1 + 3);
		assertThat(candidates.get(3)).startsWith("far away,").contains(",false,0,0.00,0,");
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("best 1 sites (cover)");
	}

	@Test
	void badLocateOptionsAreACommandLineError() throws IOException {
		int status = run("--network", sodermalm(), "--cells", cells().toString(), "--osm-points", sodermalm(), "--out",
				dir.resolve("result").toString(), "--locate", "fuel", "--k", "50");
		assertThat(status).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--k takes a whole number from 1 to 20")
			.contains("--locate TYPE");
	}

	@Test
	void anUnknownTypeToLocateIsReported() throws IOException {
		int status = run("--network", sodermalm(), "--cells", cells().toString(), "--osm-points", sodermalm(), "--out",
				dir.resolve("result").toString(), "--locate", "bakery");
		assertThat(status).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no service type \"bakery\"");
	}

	@Test
	void closableLetsRelocationMoveAnExistingPointWithoutANewOne() throws IOException {
		Path points = Files.writeString(dir.resolve("points.csv"), """
				id,type,name,x,y
				f9,fuel,Hörnet,673625,6578875
				""");
		Path result = dir.resolve("result");
		int status = run("--network", sodermalm(), "--cells", cells().toString(), "--points", points.toString(), "--out",
				result.toString(), "--locate", "fuel", "--k", "0", "--closable");

		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(Files.readAllLines(result.resolve("closed_points.csv")))
			.containsExactly("point_id,type,name,x,y", "f9,fuel,Hörnet,673625,6578875");
		assertThat(Files.readAllLines(result.resolve("sites.csv"))).hasSize(1 + 1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("after 1 swap(s)")
			.containsPattern("moved away from 1 existing point\\(s\\): f9; \\d+ people slower, \\d+ person-minutes added");

		assertThat(run("--network", sodermalm(), "--cells", cells().toString(), "--points", points.toString(), "--out",
				dir.resolve("fixed").toString(), "--locate", "fuel", "--k", "0")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--k takes a whole number from 1 to 20 (0 only with --closable)");
	}

	@Test
	void onlyMunicipalitiesKeepsTheChosenSitesInThem() throws IOException {
		Path result = dir.resolve("result");
		int status = run("--network", sodermalm(), "--cells", cells().toString(), "--osm-points", sodermalm(), "--out",
				result.toString(), "--locate", "fuel", "--k", "2", "--only-municipalities", "0180");

		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		List<String> candidates = Files.readAllLines(result.resolve("candidates.csv"));
		assertThat(candidates.get(0)).endsWith(",objective_gain,allowed");
		for (String row : candidates.subList(1, candidates.size())) {
			long x = Long.parseLong(row.split(",")[1]);
			assertThat(row).as("west of 673750 is 0180").endsWith(x < 673_750 ? ",true" : ",false");
		}
		List<String> sites = Files.readAllLines(result.resolve("sites.csv"));
		assertThat(sites).hasSize(1 + 2);
		for (String row : sites.subList(1, sites.size())) {
			assertThat(Long.parseLong(row.split(",")[2])).isLessThan(673_750);
		}
	}

	@Test
	void aCandidateFromAFileLiesInTheMunicipalityOfItsNearestCell() throws IOException {
		Path sitesFile = Files.writeString(dir.resolve("sites.csv"), """
				id,x,y
				west,673300,6578800
				east,674100,6579600
				far east,690000,6578800
				""");
		Path result = dir.resolve("result");
		int status = run("--network", sodermalm(), "--cells", cells().toString(), "--osm-points", sodermalm(), "--out",
				result.toString(), "--locate", "fuel", "--candidates", sitesFile.toString(), "--k", "1",
				"--only-municipalities", "0181");

		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		List<String> candidates = Files.readAllLines(result.resolve("candidates.csv"));
		assertThat(candidates.get(1)).startsWith("west,").endsWith(",false");
		assertThat(candidates.get(2)).startsWith("east,").endsWith(",true");
		assertThat(candidates.get(3)).startsWith("far east,").endsWith(",true");
		assertThat(Files.readAllLines(result.resolve("sites.csv")).get(1)).startsWith("1,east,");
	}

	@Test
	void onlyMunicipalitiesIsRefusedWithoutAMunicipalityColumnOrForAnUnknownCode() throws IOException {
		Path plain = Files.writeString(dir.resolve("plain.csv"), "x;y;population\n673750;6579000;100\n");
		assertThat(run("--network", sodermalm(), "--cells", plain.toString(), "--osm-points", sodermalm(), "--out",
				dir.resolve("a").toString(), "--locate", "fuel", "--only-municipalities", "0180")).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("--only-municipalities: the cells file has no municipality column (kommun");

		assertThat(run("--network", sodermalm(), "--cells", cells().toString(), "--osm-points", sodermalm(), "--out",
				dir.resolve("b").toString(), "--locate", "fuel", "--only-municipalities", "0180,2080")).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("--only-municipalities: no cell of the cells file lies in municipality \"2080\"");
		// refused before the analysis runs: nothing is written
		assertThat(dir.resolve("a")).doesNotExist();
		assertThat(dir.resolve("b")).doesNotExist();
	}

	private static String sodermalm() {
		return AnalysisFixtures.path("stockholm-sodermalm-2020-07.osm.pbf").toString();
	}

	private int run(String... args) {
		return AnalysisCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}
}
