package se.regionrum.indicators.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.indicators.CommutingFlow;
import se.regionrum.indicators.CommutingFlows;
import se.regionrum.indicators.Gender;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * Imports the recorded SCB-shaped files of src/test/resources/indicators/flows (fixture data, values
 * made up) and checks the values, genders and the rejection of bad files by row/column or JSON path
 * with nothing saved. Fixture years 2016–2017 stay apart from the demo's 2020–2023; every test rolls back.
 */
@SpringBootTest
@Transactional
class FlowImportTest {

	@Autowired
	FlowImportService imports;

	@Autowired
	CommutingFlows flows;

	@Autowired
	JdbcClient jdbc;

	@Test
	void longCsvWithByteOrderMarkAndCodeNameCells() throws IOException {
		FlowImportResult result = importAsSystem("tab1830-long-utf8-bom.csv", FlowImportOptions.defaults());

		assertThat(result.flows()).isEqualTo(8);
		assertThat(result.years()).containsExactly(2016, 2017);
		assertThat(result.genders()).containsExactly(Gender.T, Gender.K, Gender.M);
		assertThat(persons("2081", "2080", 2016, Gender.T)).isEqualTo(3811);
		assertThat(persons("2081", "2080", 2016, Gender.K)).isEqualTo(1702);
		assertThat(persons("2081", "2080", 2016, Gender.M)).isEqualTo(2109);
		assertThat(persons("2023", "NO", 2016, Gender.T)).as("Norway").isEqualTo(233);
		assertThat(persons("2084", "0019", 2016, Gender.T)).as("county 19 becomes region 0019").isEqualTo(512);
		assertThat(persons("2081", "2080", 2017, Gender.T)).isEqualTo(3902);
		assertThat(persons("2062", "2034", 2017, Gender.T)).as("'..' is a figure not shown").isNull();
		// people who live and work in Borlänge are stored but are no flow
		assertThat(persons("2081", "2081", 2016, Gender.T)).isEqualTo(28004);
		assertThat(flows.flows(2016, Gender.T, 1)).extracting(CommutingFlow::homeCode, CommutingFlow::workCode)
			.doesNotContain(tuple("2081", "2081"))
			.first().isEqualTo(tuple("2081", "2080"));
	}

	@Test
	void wideIsoCsvWithYearColumnsNamesAndTitleLine() throws IOException {
		FlowImportResult result = importAsSystem("tab1830-wide-iso-8859-1.csv", FlowImportOptions.defaults());

		assertThat(result.years()).containsExactly(2016, 2017);
		assertThat(persons("2029", "2031", 2016, Gender.M)).isEqualTo(155);
		assertThat(persons("2029", "2031", 2017, Gender.K)).isEqualTo(150);
		assertThat(persons("2029", "2031", 2017, Gender.T)).isEqualTo(310);
		assertThat(persons("2039", "NO", 2016, Gender.T)).as("Älvdalen, read as ISO-8859-1, to Norge").isEqualTo(58);
		assertThat(persons("2039", "NO", 2017, Gender.T)).isNull();
		assertThat(persons("1982", "1982", 2016, Gender.T)).isNull();
		assertThat(persons("2085", "1982", 2016, Gender.T)).as("thousands with a space").isEqualTo(1204);
		assertThat(persons("2085", "1982", 2017, Gender.T)).isEqualTo(1250);
	}

	@Test
	void isoFileReadAsUtf8OnRequestIsRejected() {
		assertThatThrownBy(() -> importAsSystem("tab1830-wide-iso-8859-1.csv", new FlowImportOptions(FlowEncoding.UTF_8, false)))
			.isInstanceOf(ImportRejectedException.class)
			.satisfies(ex -> assertThat(problems(ex)).extracting(ImportProblem::row, ImportProblem::messageKey)
				.containsExactly(tuple(0, "flows.import.notUtf8")));
	}

	@Test
	void jsonStat2WithCountyCodesGendersAndMissingCell() throws IOException {
		FlowImportResult result = importAsSystem("tab1830.json", new FlowImportOptions(FlowEncoding.AUTO, true));

		assertThat(result.flows()).isEqualTo(35);
		assertThat(result.example()).isTrue();
		assertThat(persons("2081", "2080", 2017, Gender.K)).isEqualTo(1720);
		assertThat(persons("2080", "2081", 2016, Gender.M)).isEqualTo(1900);
		assertThat(persons("2080", "0021", 2017, Gender.T)).isEqualTo(263);
		assertThat(persons("2081", "0021", 2017, Gender.M)).as("null value with status '..'").isNull();
		assertThat(flows.flows(2017, Gender.K, 10)).allMatch(CommutingFlow::example);
	}

	@Test
	void badCsvIsRejectedByRowAndColumnWithNothingSaved() {
		long before = count();
		assertThatThrownBy(() -> importAsSystem("tab1830-bad.csv", FlowImportOptions.defaults()))
			.isInstanceOf(ImportRejectedException.class)
			.satisfies(ex -> assertThat(problems(ex))
				.extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
				.containsExactly(tuple(3, "Bostadskommun", "flows.import.unknownArea"),
						tuple(4, "Kön", "flows.import.unknownGender"), tuple(5, "Antal", "flows.import.badCount"),
						tuple(6, "år", "flows.import.badYear"), tuple(7, "Antal", "flows.import.duplicate"),
						tuple(8, null, "import.csv.wrongFieldCount")));
		assertThat(count()).isEqualTo(before);
		assertThat(persons("2081", "2080", 2016, Gender.T)).isNull();
	}

	@Test
	void csvWithoutMunicipalityColumnsIsRejectedAtTheHeader() {
		byte[] file = "Region;Kön;2016\n2080;1+2;5\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> SystemUser.call(() -> imports.importFile("x.csv", file, FlowImportOptions.defaults())))
			.isInstanceOf(ImportRejectedException.class)
			.satisfies(ex -> assertThat(problems(ex)).extracting(ImportProblem::row, ImportProblem::column)
				.containsExactly(tuple(1, "Bostadskommun"), tuple(1, "Arbetsställekommun")));
	}

	@Test
	void badJsonStat2IsRejectedByJsonPathWithNothingSaved() throws IOException {
		long before = count();
		assertThatThrownBy(() -> importAsSystem("tab1830-bad.json", FlowImportOptions.defaults()))
			.isInstanceOf(ImportRejectedException.class)
			.satisfies(ex -> assertThat(problems(ex)).extracting(ImportProblem::column, ImportProblem::messageKey)
				.containsExactly(tuple("dimension.Arbetsstallekommun.category.index.7777", "flows.import.unknownArea")));

		String fractional = new String(read("tab1830.json"), StandardCharsets.UTF_8).replace("14100,", "14100.5,");
		assertThatThrownBy(() -> SystemUser.call(() -> imports.importFile("f.json",
				fractional.getBytes(StandardCharsets.UTF_8), FlowImportOptions.defaults())))
			.isInstanceOf(ImportRejectedException.class)
			.satisfies(ex -> assertThat(problems(ex)).extracting(ImportProblem::column, ImportProblem::messageKey)
				.containsExactly(tuple("value[1]", "flows.import.badCount")));

		String twoContents = new String(read("tab1830.json"), StandardCharsets.UTF_8).replace("\"size\": [2, 3, 3, 1, 2]",
				"\"size\": [2, 3, 3, 2, 2]").replace("{\"000007AB\": 0}", "{\"000007AB\": 0, \"000007AC\": 1}");
		assertThatThrownBy(() -> SystemUser.call(() -> imports.importFile("f.json",
				twoContents.getBytes(StandardCharsets.UTF_8), FlowImportOptions.defaults())))
			.isInstanceOf(ImportRejectedException.class)
			.satisfies(ex -> assertThat(problems(ex)).extracting(ImportProblem::column).isNotEmpty());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anImportReplacesTheFlowsOfItsYearsAndGendersOnly() throws IOException {
		importAsSystem("tab1830-long-utf8-bom.csv", FlowImportOptions.defaults());
		String update = "Bostadskommun;Arbetsställekommun;Kön;år;Antal\n2080;2081;1+2;2016;42\n";
		SystemUser.call(() -> imports.importFile("u.csv", update.getBytes(StandardCharsets.UTF_8), FlowImportOptions.defaults()));

		assertThat(persons("2080", "2081", 2016, Gender.T)).isEqualTo(42);
		assertThat(persons("2081", "2080", 2016, Gender.T)).as("replaced: not in the new file").isNull();
		assertThat(persons("2081", "2080", 2016, Gender.K)).as("another gender stays").isEqualTo(1702);
		assertThat(persons("2081", "2080", 2017, Gender.T)).as("another year stays").isEqualTo(3902);
	}

	@Test
	void readersMayNotImport() {
		SecurityContextHolder.getContext().setAuthentication(TestAuthentication.reader());
		try {
			assertThatThrownBy(() -> imports.importFile("tab1830.json", read("tab1830.json"), FlowImportOptions.defaults()))
				.isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		SecurityContextHolder.getContext().setAuthentication(TestAuthentication.editorOf(1));
		try {
			assertThat(imports.mayImport()).isTrue();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private FlowImportResult importAsSystem(String file, FlowImportOptions options) throws IOException {
		byte[] content = read(file);
		return SystemUser.call(() -> imports.importFile(file, content, options));
	}

	static byte[] read(String file) throws IOException {
		try (InputStream in = new ClassPathResource("indicators/flows/" + file).getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static List<ImportProblem> problems(Throwable ex) {
		return ((ImportRejectedException) ex).problems();
	}

	private Integer persons(String home, String work, int year, Gender gender) {
		return jdbc.sql("select persons from commuting_flow where home_code = ? and work_code = ? and flow_year = ? and gender = ?")
			.params(home, work, year, gender.name())
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	private long count() {
		return jdbc.sql("select count(*) from commuting_flow").query(Long.class).single();
	}

}
