package se.regionrum.actors.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.SystemUser;

/**
 * The import against the database, with the demo data that the loader puts there at start-up.
 * Nothing here deletes demo data: the real-file import replaces the demo boundaries with the
 * same boundaries, and the broken files must leave the table exactly as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BoundaryImportServiceTest {

	static final String BUNDLED_SOURCE = "okfse/sweden-geojson (Open Knowledge Sweden), https://github.com/okfse/sweden-geojson";

	static final Set<String> DALARNA = Set.of("2021", "2023", "2026", "2029", "2031", "2034", "2039", "2061", "2062",
			"2080", "2081", "2082", "2083", "2084", "2085");

	@Autowired
	BoundaryImportService boundaries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsTheBundledFileForTheMunicipalitiesOfTheRegisterAndSkipsTheRest() {
		byte[] content = BoundaryFileTest.fixture("/demo/boundaries/swedish_municipalities.geojson");

		BoundaryImportReport report = SystemUser
			.call(() -> boundaries.importGeoJson(content, BoundaryImportOptions.defaults(BUNDLED_SOURCE)));

		Set<String> registerCodes = Set.copyOf(jdbc
			.sql("select scb_code from organisation where kind = 'MUNICIPALITY' and scb_code is not null")
			.query(String.class)
			.list());
		assertThat(registerCodes).containsAll(DALARNA);
		long inFile = report.features() - report.skipped();
		assertThat(report.features()).isEqualTo(290);
		assertThat(report.imported()).isEqualTo(inFile).isGreaterThanOrEqualTo(15);
		assertThat(report.skipped()).isEqualTo(290 - report.imported());
		assertThat(report.skippedCodes()).doesNotContainAnyElementsOf(DALARNA).contains("0180", "1480");
		assertThat(report.importedMunicipalities()).contains("Falu kommun", "Malung-Sälens kommun", "Älvdalens kommun");

		Map<String, String> boundaryByCode = jdbc.sql("""
				select o.scb_code, b.geojson from municipal_boundary b join organisation o on o.id = b.organisation_id
				where o.county_code = '20'""")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(boundaryByCode.keySet()).containsAll(DALARNA);
		assertThat(boundaryByCode.get("2080")).startsWith("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[");
		assertThat(boundaryByCode.get("2085")).startsWith("{\"type\":\"Polygon\"");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'boundary' and action = 'IMPORT'")
			.query(Long.class)
			.single()).isPositive();
	}

	@ParameterizedTest
	@CsvSource({ "broken-not-json.geojson, 0, , actors.boundary.import.notJson",
			"broken-not-collection.geojson, 0, , actors.boundary.import.notFeatureCollection",
			"broken-point.geojson, 3, geometry, actors.boundary.import.wrongGeometryType",
			"broken-no-geometry.geojson, 1, geometry, actors.boundary.import.noGeometry",
			"broken-no-code.geojson, 2, id, actors.boundary.import.codeMissing",
			"broken-out-of-range.geojson, 2, geometry, actors.boundary.import.outOfRange",
			"broken-duplicate-code.geojson, 3, id, actors.boundary.import.duplicateCode" })
	void rejectsABrokenFileNamingTheFeatureAndSavesNothing(String fixture, int feature, String property,
			String messageKey) {
		List<List<Object>> before = boundaryTable();
		byte[] content = BoundaryFileTest.fixture("/boundaries/" + fixture);

		ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> SystemUser
			.call(() -> boundaries.importGeoJson(content, BoundaryImportOptions.defaults("test"))));

		assertThat(rejected).isNotNull();
		assertThat(rejected.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.contains(tuple(feature, property, messageKey));
		assertThat(boundaryTable()).isEqualTo(before);
	}

	@Test
	void onlyAdministratorsImport() {
		byte[] content = BoundaryFileTest.fixture("/boundaries/broken-point.geojson");

		assertThatThrownBy(() -> boundaries.importGeoJson(content, BoundaryImportOptions.defaults("test")))
			.isInstanceOf(AccessDeniedException.class);
	}

	private List<List<Object>> boundaryTable() {
		return jdbc.sql("select organisation_id, geojson, source, imported_at from municipal_boundary order by organisation_id")
			.query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getString(2), String.valueOf(rs.getString(3)),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

}
