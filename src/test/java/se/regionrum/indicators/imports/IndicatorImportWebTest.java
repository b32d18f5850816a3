package se.regionrum.indicators.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.Indicators;
import se.regionrum.indicators.IndicatorsFixtures;
import se.regionrum.indicators.ValueStatus;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * Indicator imports through the upload page and the API, against the database (H2 and PostgreSQL):
 * recorded Kolada pages with their KPI metadata, SCB's TAB638 as ISO-8859-1 CSV and JSON-stat2, the
 * own template; rejected files leave nothing behind (not even the indicators their metadata made);
 * and only administrators import.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorImportWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IndicatorImportService imports;

	@Autowired
	Indicators indicators;

	long lastIndicatorBefore;

	final Authentication admin = TestAuthentication.admin();

	@BeforeEach
	void remember() {
		lastIndicatorBefore = IndicatorsFixtures.lastIndicator(jdbc);
	}

	@AfterEach
	void removeImported() {
		IndicatorsFixtures.removeIndicatorsAndImports(jdbc, lastIndicatorBefore);
	}

	static MockMultipartFile fixture(String field, String path) throws IOException {
		try (InputStream in = IndicatorImportWebTest.class.getResourceAsStream("/indicators/" + path)) {
			return new MockMultipartFile(field, path.substring(path.lastIndexOf('/') + 1), "application/octet-stream",
					in.readAllBytes());
		}
	}

	static MockMultipartFile text(String field, String name, String content) {
		return new MockMultipartFile(field, name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
	}

	long indicator(String code, String source, String sourceId, String contents) {
		jdbc.sql("""
				insert into indicator (code, name, unit, source, source_id, source_contents, higher_is_better, created_at, updated_at)
				values (?, ?, 'antal', ?, ?, ?, true, current_timestamp, current_timestamp)""")
			.params(code, "Test " + code, source, sourceId, contents).update();
		return jdbc.sql("select id from indicator where code = ?").param(code).query(Long.class).single();
	}

	IndicatorImportJob await(long id) {
		IndicatorImportJob job = IndicatorsFixtures.awaitImport(imports, id);
		assertThat(job.active()).as("import %d still %s after a minute", id, job.status()).isFalse();
		return job;
	}

	static long id(String location) {
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	long valueCount() {
		return jdbc.sql("select count(*) from indicator_value where indicator_id > ?").param(lastIndicatorBefore)
			.query(Long.class).single();
	}

	@Test
	void twoKoladaPagesWithTheirKpiMetadataBecomeIndicatorsAndValues() throws Exception {
		String redirect = mvc.perform(multipart("/indicators/imports").file(fixture("files", "kolada/N91951-page1.json"))
			.file(fixture("files", "kolada/N91951-page2.json")).file(fixture("kpis", "kolada/kpi-N91951-N90914.json"))
			.param("kind", "KOLADA").with(authentication(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		IndicatorImportJob job = await(id(redirect));
		assertThat(job.status()).as("%s %s", job.messageKey(), job.messageDetail()).isEqualTo(IndicatorImportJob.Status.DONE);
		assertThat(job.valuesRead()).isEqualTo(13);
		assertThat(job.indicatorsCreated()).isEqualTo(2);
		var created = indicators.all().stream().filter(i -> i.id() > lastIndicatorBefore).toList();
		assertThat(created).extracting(i -> i.code(), i -> i.unit()).containsExactlyInAnyOrder(tuple("N91951", "antal"),
				tuple("N90914", "andel (%)"));
		long population = created.stream().filter(i -> i.code().equals("N91951")).findFirst().orElseThrow().id();
		assertThat(indicators.series(List.of(population), "2080", Gender.T).get(population))
			.extracting(IndicatorValue::year, IndicatorValue::value).containsExactly(tuple(2023, 59501.0), tuple(2024, 59876.0));
		assertThat(indicators.valuesOfYear(population, 2024, Gender.K)).extracting(IndicatorValue::areaCode)
			.containsExactly("0020", "2080");

		String page = mvc.perform(get(redirect).with(authentication(admin))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("13 värden sparades").doesNotContain("hx-get");
		mvc.perform(get(redirect + "/status").with(authentication(admin))).andExpect(header().string("HX-Refresh", "true"));
		String list = mvc.perform(get("/indicators/imports").with(authentication(admin))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("N91951-page1.json").contains("Klar");
	}

	@Test
	void aBadKoladaPageRejectsTheWholeImportAndItsNewIndicatorsToo() throws Exception {
		String bad = new String(fixture("files", "kolada/N91951-page2.json").getBytes(), StandardCharsets.UTF_8)
			.replace("\"0000\"", "\"0099\"").replace("\"K\", \"count\": 1, \"status\": \"\", \"value\": 143980.0",
					"\"X\", \"count\": 1, \"status\": \"\", \"value\": 143980.0");
		String redirect = mvc.perform(multipart("/indicators/imports").file(fixture("files", "kolada/N91951-page1.json"))
			.file(text("files", "sida2.json", bad)).file(fixture("kpis", "kolada/kpi-N91951-N90914.json"))
			.param("kind", "KOLADA").with(authentication(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		IndicatorImportJob job = await(id(redirect));
		assertThat(job.status()).isEqualTo(IndicatorImportJob.Status.REJECTED);
		assertThat(SystemUser.call(() -> imports.problems(job.id())))
			.extracting(ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple("sida2.json: values[0].values[0].gender", "indicatorimports.problem.gender"),
					tuple("sida2.json: values[1].municipality", "indicatorimports.problem.unknownArea"));
		assertThat(valueCount()).isZero();
		assertThat(indicators.all()).noneMatch(i -> i.id() > lastIndicatorBefore);
		String page = mvc.perform(get(redirect).with(authentication(admin))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Filen importerades inte").contains("sida2.json: values[1].municipality")
			.contains("Okänd kommun- eller regionkod: 0099");
	}

	@Test
	void scbCsvInIsoLatin1ComesInThroughTheApi() throws Exception {
		long population = indicator("TEST_FOLK", "SCB", "TAB638", "000005FF");
		String location = mvc.perform(multipart("/api/v1/indicators/imports")
			.file(fixture("files", "scb/TAB638-folkmangd-latin1.csv")).param("kind", "SCB_CSV").param("tableId", "TAB638")
			.with(authentication(admin)))
			.andExpect(status().isAccepted()).andExpect(jsonPath("$.kind").value("SCB_CSV"))
			.andReturn().getResponse().getHeader("Location");
		assertThat(location).startsWith("/api/v1/indicators/imports/");
		IndicatorImportJob job = await(id(location));
		assertThat(job.status()).as("%s %s", job.messageKey(), job.messageDetail()).isEqualTo(IndicatorImportJob.Status.DONE);
		mvc.perform(get(location).with(authentication(admin))).andExpect(status().isOk())
			.andExpect(jsonPath("$.job.status").value("DONE")).andExpect(jsonPath("$.job.valuesRead").value(6));
		assertThat(indicators.valuesOfYear(population, 2023, Gender.K))
			.extracting(IndicatorValue::areaCode, IndicatorValue::value, IndicatorValue::status)
			.containsExactly(tuple("2031", 5431.0, ValueStatus.FINAL), tuple("2039", 3410.0, ValueStatus.FINAL),
					tuple("2082", null, ValueStatus.MISSING));
	}

	@Test
	void scbJsonStatWithAnUnknownContentsCodeIsRejectedNamingTheCategory() throws Exception {
		long other = indicator("TEST_MEDEL", "SCB", "TAB638", "BE0101N2");
		String location = mvc.perform(multipart("/api/v1/indicators/imports")
			.file(fixture("files", "scb/TAB638-folkmangd.json")).param("kind", "SCB_JSONSTAT")
			.with(authentication(admin)))
			.andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
		assertThat(await(id(location)).status()).isEqualTo(IndicatorImportJob.Status.REJECTED);
		mvc.perform(get(location).with(authentication(admin)).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.problems[0].column").value("$.dimension.ContentsCode.category.index.000005FF"))
			.andExpect(jsonPath("$.problems[0].message").value("The contents 000005FF of table TAB638 belong to no indicator."));
		assertThat(indicators.years(other)).isEmpty();

		long population = indicator("TEST_FOLK", "SCB", "TAB638", "000005FF");
		location = mvc.perform(multipart("/api/v1/indicators/imports")
			.file(fixture("files", "scb/TAB638-folkmangd.json")).param("kind", "SCB_JSONSTAT")
			.with(authentication(admin)))
			.andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
		assertThat(await(id(location)).status()).isEqualTo(IndicatorImportJob.Status.DONE);
		assertThat(indicators.years(population)).containsExactly(2022, 2023, 2024);
	}

	@Test
	void ownFiguresGoIntoTheChosenIndicatorAndTheTemplateDownloads() throws Exception {
		long own = indicator("TEST_EGEN", "OWN", null, null);
		String template = mvc.perform(get("/indicators/imports/template.csv").with(authentication(admin)))
			.andExpect(status().isOk()).andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(template).startsWith("area_code;year;value;gender");
		String redirect = mvc.perform(multipart("/indicators/imports").file(text("files", "egna.csv", template))
			.param("kind", "OWN_CSV").param("indicatorId", String.valueOf(own)).param("encoding", "auto")
			.with(authentication(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(await(id(redirect)).status()).isEqualTo(IndicatorImportJob.Status.DONE);
		assertThat(indicators.valuesOfYear(own, 2024, Gender.T)).extracting(IndicatorValue::areaCode, IndicatorValue::value)
			.containsExactly(tuple("2021", null), tuple("2080", 12.5));
	}

	@Test
	void formProblemsAreNamedByFieldAtOnce() throws Exception {
		String page = mvc.perform(multipart("/indicators/imports").param("kind", "SCB_CSV")
			.file(text("files", "tabell.xlsx", "x")).with(authentication(admin)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Filen tabell.xlsx har fel format").contains("Ange SCB:s tabell-id");
		mvc.perform(multipart("/api/v1/indicators/imports").param("kind", "OWN_CSV").file(text("files", "a.csv", "x"))
			.with(authentication(admin)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].column").value("indicatorId"));
		mvc.perform(multipart("/api/v1/indicators/imports").param("kind", "KOLADA_FETCH").param("kpiIds", "N91951")
			.param("municipalityIds", "2080").with(authentication(admin)))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from indicator_import").query(Long.class).single()).isZero();
	}

	@Test
	void onlyAdministratorsImport() throws Exception {
		for (Authentication user : List.of(TestAuthentication.reader(), TestAuthentication.editorOf(1))) {
			mvc.perform(get("/indicators/imports").with(authentication(user))).andExpect(status().isForbidden());
			mvc.perform(multipart("/indicators/imports").file(fixture("files", "kolada/N91951-page1.json"))
				.param("kind", "KOLADA").with(authentication(user)).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(multipart("/api/v1/indicators/imports").file(fixture("files", "kolada/N91951-page1.json"))
				.param("kind", "KOLADA").with(authentication(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/indicators/imports").with(authentication(user))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/indicators/imports")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(multipart("/api/v1/indicators/imports").file(fixture("files", "kolada/N91951-page1.json"))
			.param("kind", "KOLADA")).andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from indicator_import").query(Long.class).single()).isZero();

		String page = mvc.perform(get("/indicators/imports").with(authentication(admin))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("name=\"kind\"").contains("href=\"/indicators/imports/template.csv\"")
			.doesNotContain("KOLADA_FETCH");
	}

}
