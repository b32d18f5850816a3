package se.regionrum.actors.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import tools.jackson.databind.json.JsonMapper;

/** The reader and its checks, without Spring or a database. */
class BoundaryFileTest {

	private final BoundaryFile file = new BoundaryFile(JsonMapper.builder().build());

	private final BoundaryImportOptions defaults = BoundaryImportOptions.defaults(null);

	@Test
	void readsTheBundledFileOfAllSwedishMunicipalities() {
		List<BoundaryFile.Feature> features = file.read(
				fixture("/demo/boundaries/swedish_municipalities.geojson"), defaults);

		assertThat(features).hasSize(290);
		assertThat(features).extracting(BoundaryFile.Feature::code).doesNotHaveDuplicates().allMatch(c -> c.matches("\\d{4}"));
		assertThat(features).filteredOn(f -> f.code().equals("2080")).singleElement()
			.satisfies(f -> {
				assertThat(f.name()).isEqualTo("Falun");
				assertThat(f.geometry()).startsWith("{\"type\":\"MultiPolygon\"");
			});
	}

	@Test
	void repairsSelfIntersectingPolygonsRoundsCoordinatesAndAcceptsNumericCodes() {
		List<BoundaryFile.Feature> features = file.read(fixture("/boundaries/repairable.geojson"), defaults);

		assertThat(features).extracting(BoundaryFile.Feature::code).containsExactly("2080", "0138", "2081");
		assertThat(features.get(0).repaired()).isTrue();
		assertThat(features.get(0).geometry()).contains("MultiPolygon");
		assertThat(features.get(1).repaired()).isFalse();
		assertThat(features.get(1).geometry()).contains("18.12346").doesNotContain("18.123456");
		assertThat(features.get(2).name()).isEqualTo("Borlänge");
	}

	@Test
	void readsTheCodeFromAnotherProperty() {
		String json = """
				{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kommunkod":"2062","namn":"Mora"},
				 "geometry":{"type":"Polygon","coordinates":[[[14.5,61.0],[14.6,61.0],[14.6,61.1],[14.5,61.0]]]}}]}""";
		List<BoundaryFile.Feature> features = file.read(json.getBytes(StandardCharsets.UTF_8),
				new BoundaryImportOptions("kommunkod", "namn", null, true));

		assertThat(features).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("2062");
			assertThat(f.name()).isEqualTo("Mora");
		});
	}

	@Test
	void rejectsWhatIsNotJson() {
		assertThat(problems("/boundaries/broken-not-json.geojson")).singleElement().satisfies(p -> {
			assertThat(p.row()).isZero();
			assertThat(p.messageKey()).isEqualTo("actors.boundary.import.notJson");
		});
		assertThat(problems("   ".getBytes(StandardCharsets.UTF_8))).extracting(ImportProblem::messageKey)
			.containsExactly("actors.boundary.import.empty");
	}

	@Test
	void rejectsWhatIsNotAFeatureCollection() {
		assertThat(problems("/boundaries/broken-not-collection.geojson")).extracting(ImportProblem::row,
				ImportProblem::messageKey)
			.containsExactly(tuple(0, "actors.boundary.import.notFeatureCollection"));
		assertThat(problems("{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_8)))
			.extracting(ImportProblem::messageKey)
			.containsExactly("actors.boundary.import.noFeatures");
	}

	@Test
	void namesTheFeatureWithAPointGeometry() {
		assertThat(problems("/boundaries/broken-point.geojson")).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(3);
			assertThat(p.column()).isEqualTo("geometry");
			assertThat(p.messageKey()).isEqualTo("actors.boundary.import.wrongGeometryType");
			assertThat(p.arguments()).containsExactly("Point");
		});
	}

	@Test
	void namesTheFeatureWithoutGeometry() {
		assertThat(problems("/boundaries/broken-no-geometry.geojson")).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.column()).isEqualTo("geometry");
			assertThat(p.messageKey()).isEqualTo("actors.boundary.import.noGeometry");
		});
	}

	@Test
	void namesFeaturesWithoutOrWithAMalformedCode() {
		List<ImportProblem> problems = problems("/boundaries/broken-no-code.geojson");

		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(2, "id", "actors.boundary.import.codeMissing"),
					tuple(4, "id", "actors.boundary.import.codeMalformed"));
		assertThat(problems.get(1).arguments()).containsExactly("208");
	}

	@Test
	void namesTheFeatureWithCoordinatesOutsideWgs84() {
		assertThat(problems("/boundaries/broken-out-of-range.geojson")).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(2);
			assertThat(p.column()).isEqualTo("geometry");
			assertThat(p.messageKey()).isEqualTo("actors.boundary.import.outOfRange");
			assertThat(p.arguments()).containsExactly("500000.0", "6700000.0");
		});
	}

	@Test
	void namesTheSecondFeatureWithTheSameCode() {
		assertThat(problems("/boundaries/broken-duplicate-code.geojson")).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(3);
			assertThat(p.column()).isEqualTo("id");
			assertThat(p.messageKey()).isEqualTo("actors.boundary.import.duplicateCode");
			assertThat(p.arguments()).containsExactly("2080", 1);
		});
	}

	@Test
	void reportsEveryProblemOfTheFileAtOnce() {
		String json = """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","properties":{"id":"2080"},"geometry":{"type":"LineString","coordinates":[[15,60],[16,61]]}},
				 "not a feature",
				 {"type":"Feature","properties":{"id":"x"},"geometry":{"type":"Polygon","coordinates":[[[15,60],[16,60],[16,91],[15,60]]]}}]}""";

		assertThat(problems(json.getBytes(StandardCharsets.UTF_8)))
			.extracting(ImportProblem::row, ImportProblem::messageKey)
			.containsExactly(tuple(1, "actors.boundary.import.wrongGeometryType"),
					tuple(2, "actors.boundary.import.notFeature"),
					tuple(3, "actors.boundary.import.codeMalformed"),
					tuple(3, "actors.boundary.import.outOfRange"));
	}

	private List<ImportProblem> problems(String fixture) {
		return problems(fixture(fixture));
	}

	private List<ImportProblem> problems(byte[] content) {
		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
				() -> file.read(content, defaults));
		assertThat(rejected).as("the file is rejected").isNotNull();
		return rejected.problems();
	}

	static byte[] fixture(String path) {
		try (InputStream in = BoundaryFileTest.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
