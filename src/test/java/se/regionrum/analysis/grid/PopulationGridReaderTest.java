package se.regionrum.analysis.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.ImportProblems;
import se.regionrum.analysis.geo.CoordinateTransforms;

class PopulationGridReaderTest {

	@TempDir
	Path dir;

	@Test
	void helsinkiGridFromGeoPackage() {
		PopulationGrid grid = new PopulationGridReader().read(AnalysisFixtures.path("helsinki_population_grid_2020.gpkg"));
		assertThat(grid.count()).isEqualTo(92);
		assertThat(java.util.Arrays.stream(grid.population()).min().getAsInt()).isNotNegative();
		assertThat(grid.totalPopulation()).isGreaterThan(10_000);
		assertThat(grid.cellSize()).containsOnly(250);
		// back in WGS84 each centre lies in the layer's extent (gpkg_contents)
		for (int c = 0; c < grid.count(); c++) {
			double[] lonLat = CoordinateTransforms.sweref99ToWgs84(grid.x()[c], grid.y()[c]);
			assertThat(lonLat[0]).isBetween(24.905, 24.960);
			assertThat(lonLat[1]).isBetween(60.154, 60.177);
		}
		assertThat(grid.toCells().count()).isEqualTo(92);
	}

	@Test
	void scbCsvWithCellIdsAgeGroupsAndMunicipality() throws IOException {
		Path csv = Files.writeString(dir.resolve("grid.csv"), """
				Ruta;Rutstorl;Kommun;Beftotalt;Ald0_64;Ald65w
				4870006575000;250;2080;12;10;2
				4870006574000;1000;0180;5;1;4
				""");
		PopulationGrid grid = new PopulationGridReader().read(csv);
		assertThat(grid.count()).isEqualTo(2);
		assertThat(grid.x()).containsExactly(487_125, 487_500);
		assertThat(grid.y()).containsExactly(6_575_125, 6_574_500);
		assertThat(grid.cornerX(1)).isEqualTo(487_000);
		assertThat(grid.ageGroups()).containsExactly("ald0_64", "ald65w");
		assertThat(grid.ageGroupPopulation()[1]).containsExactly(2, 4);
		assertThat(grid.municipality()).containsExactly("2080", "0180");
	}

	@Test
	void csvWithCornerCoordinates() throws IOException {
		Path csv = Files.writeString(dir.resolve("grid.csv"), "x,y,population\n500000,6600000,7\n");
		PopulationGrid grid = new PopulationGridReader(new GridColumns(null, java.util.List.of(), null, 1000)).read(csv);
		assertThat(grid.x()).containsExactly(500_500);
		assertThat(grid.municipality()).isNull();
	}

	@Test
	void everyBadRowIsReported() throws IOException {
		Path csv = Files.writeString(dir.resolve("grid.csv"), """
				Ruta,Beftotalt
				4870006575000,12
				65750004870000,3
				4870006576000,-4
				4870006577000,many
				4870006578000
				""");
		assertThat(ImportProblems.summary(() -> new PopulationGridReader().read(csv))).containsExactly(
				"3:ruta:analysis.import.grid.badCellId", "4:beftotalt:analysis.import.negative",
				"5:beftotalt:import.csv.notInteger", "6:null:import.csv.wrongFieldCount");
	}

	@Test
	void cornersOutsideSwerefAndFilesWithoutRowsAreReported() throws IOException {
		// 1e12 would not even fit the whole metres a stored grid keeps
		Path far = Files.writeString(dir.resolve("far.csv"), "x;y;pop\n487000;6575000;5\n1e12;6575000;3\n");
		assertThat(ImportProblems.summary(() -> new PopulationGridReader().read(far)))
			.containsExactly("3:x:analysis.import.grid.notPlanar");
		Path header = Files.writeString(dir.resolve("header.csv"), "x;y;pop\n");
		assertThat(ImportProblems.summary(() -> new PopulationGridReader().read(header)))
			.containsExactly("0:null:analysis.import.csv.noRows");
	}

	@Test
	void wrongHeaderIsReported() throws IOException {
		Path csv = Files.writeString(dir.resolve("grid.csv"), "cell;people\n1;2\n");
		assertThat(ImportProblems.summary(() -> new PopulationGridReader().read(csv)))
			.containsExactly("1:x:import.csv.missingColumn", "1:y:import.csv.missingColumn",
					"1:beftotalt:import.csv.missingColumn");
	}

	@Test
	void fileThatIsNotGeoPackageIsRejected() throws IOException {
		Path fake = Files.writeString(dir.resolve("grid.gpkg"), "id,population\n1,2\n");
		assertThat(ImportProblems.summary(() -> new PopulationGridReader().read(fake)))
			.containsExactly("0:null:analysis.import.gpkg.notGeoPackage");
	}

	@Test
	void geoPackageWithoutPopulationColumnIsRejected() {
		Path gpkg = AnalysisFixtures.path("helsinki_population_grid_2020.gpkg");
		GridColumns columns = new GridColumns("invanare", java.util.List.of(), null, 250);
		assertThat(ImportProblems.summary(() -> new PopulationGridReader(columns).read(gpkg)))
			.containsExactly("1:invanare:analysis.import.gpkg.missingColumn");
	}
}
