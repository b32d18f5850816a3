package se.regionrum.indicators.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.ValueStatus;
import se.regionrum.indicators.imports.TestValueImports;
import se.regionrum.indicators.imports.TestValueImports.Sink;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/** Kolada v3 pages and KPI metadata, from the recorded files and from broken ones, each problem named by its JSON path. */
class KoladaDataReaderTest {

	static InputStream fixture(String name) {
		return KoladaDataReaderTest.class.getResourceAsStream("/indicators/kolada/" + name);
	}

	static InputStream json(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsBothRecordedPagesWithGenderStatusAndMissingValues() {
		Sink sink = TestValueImports.of(TestValueImports.kolada(1, "N91951"), TestValueImports.kolada(2, "N90914"));
		KoladaDataReader reader = new KoladaDataReader(sink.target);
		Optional<String> next = reader.read(fixture("N91951-page1.json"));
		assertThat(next).hasValueSatisfying(url -> assertThat(url).endsWith("page=2&per_page=4"));
		assertThat(reader.read(fixture("N91951-page2.json"))).isEmpty();
		assertThat(sink.target.finish()).isEqualTo(13);
		assertThat(sink.written).hasSize(13);
		assertThat(sink.written).filteredOn(v -> v.areaCode().equals("2080") && v.year() == 2024 && v.indicatorId() == 1)
			.extracting(IndicatorValue::gender, IndicatorValue::value)
			.containsExactly(tuple(Gender.K, 30052.0), tuple(Gender.M, 29824.0), tuple(Gender.T, 59876.0));
		assertThat(sink.written).filteredOn(v -> v.indicatorId() == 2)
			.extracting(IndicatorValue::areaCode, IndicatorValue::value, IndicatorValue::status)
			.containsExactly(tuple("2080", 71.4, ValueStatus.PROVISIONAL), tuple("2081", null, ValueStatus.MISSING));
		assertThat(sink.written).extracting(IndicatorValue::areaCode).contains("0020", "0000");
	}

	@Test
	void kpiMetadataCreatesTheMissingIndicatorsWithTheUnitFromTheTitle() {
		Sink sink = TestValueImports.of(TestValueImports.kolada(2, "N90914"));
		new KoladaKpiReader(sink.target).read(fixture("kpi-N91951-N90914.json"));
		new KoladaDataReader(sink.target).read(fixture("N91951-page1.json"));
		assertThat(sink.target.finish()).isEqualTo(8);
		assertThat(sink.created).singleElement().satisfies(ref -> {
			assertThat(ref.code()).isEqualTo("N91951");
			assertThat(ref.name()).isEqualTo("Invånare totalt, antal");
			assertThat(ref.unit()).isEqualTo("antal");
			assertThat(ref.sourceId()).isEqualTo("N91951");
		});
		assertThat(KoladaKpiReader.unit("Förvärvsarbetande invånare 20-64 år, andel (%)")).isEqualTo("andel (%)");
		assertThat(KoladaKpiReader.unit("Kostnad per invånare")).isEqualTo("–");
	}

	@Test
	void statusIsFinalWhenEmptyAndProvisionalForAnyMarker() {
		assertThat(KoladaDataReader.status("")).isEqualTo(ValueStatus.FINAL);
		assertThat(KoladaDataReader.status(null)).isEqualTo(ValueStatus.FINAL);
		assertThat(KoladaDataReader.status("Prel")).isEqualTo(ValueStatus.PROVISIONAL);
		assertThat(KoladaDataReader.status("Annat")).isEqualTo(ValueStatus.PROVISIONAL);
	}

	List<ImportProblem> problems(String json, IndicatorRef... known) {
		Sink sink = TestValueImports.of(known.length == 0 ? new IndicatorRef[] { TestValueImports.kolada(1, "N91951") } : known);
		new KoladaDataReader(sink.target).read(json(json));
		try {
			sink.target.finish();
		}
		catch (ImportRejectedException ex) {
			assertThat(sink.written).as("nothing written from a rejected file").isEmpty();
			return ex.problems();
		}
		throw new AssertionError("not rejected");
	}

	static String entry(String kpi, String municipality, String period, String cells) {
		return "{\"kpi\": " + kpi + ", \"municipality\": " + municipality + ", \"period\": " + period + ", \"values\": ["
				+ cells + "]}";
	}

	static String page(String... entries) {
		return "{\"count\": " + entries.length + ", \"values\": [" + String.join(",", entries) + "], \"next_url\": null}";
	}

	static final String CELL = "{\"gender\": \"T\", \"count\": 1, \"status\": \"\", \"value\": 1.0}";

	@Test
	void wrongJsonIsNamedWithItsPathAndLine() {
		assertThat(problems("{\"values\": [" + entry("\"N91951\"", "\"2080\"", "2024", CELL) + ", {\"kpi\": ]}"))
			.singleElement().satisfies(p -> {
				assertThat(p.column()).isEqualTo("values[1]");
				assertThat(p.messageKey()).isEqualTo("indicatorimports.problem.json.syntax");
			});
		assertThat(problems("[1, 2]")).extracting(ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple("$", "indicatorimports.problem.json.notObject"));
	}

	@Test
	void everyBadFieldIsNamedByItsJsonPath() {
		List<ImportProblem> problems = problems(page(entry("\"N91951\"", "\"2080\"", "2024", CELL),
				entry("\"N91951\"", "\"9999\"", "2024", CELL),
				entry("\"N99999\"", "\"2080\"", "2024", CELL),
				"{\"kpi\": \"N91951\", \"period\": 2023, \"values\": [" + CELL + "]}",
				entry("\"N91951\"", "\"2081\"", "\"tjugo\"", CELL),
				entry("\"N91951\"", "\"2081\"", "2022", "{\"gender\": \"X\", \"value\": 1}, {\"gender\": \"K\", \"value\": \"12,5\"}"),
				entry("\"N91951\"", "\"2080\"", "2024", CELL),
				entry("\"N91951\"", "\"2081\"", "2021", "{\"gender\": \"T\"}")));
		assertThat(problems).extracting(ImportProblem::column, ImportProblem::messageKey).containsExactly(
				tuple("values[1].municipality", "indicatorimports.problem.unknownArea"),
				tuple("values[2].kpi", "indicatorimports.problem.unknownKpi"),
				tuple("values[3].municipality", "indicatorimports.problem.json.missing"),
				tuple("values[4].period", "indicatorimports.problem.year"),
				tuple("values[5].values[0].gender", "indicatorimports.problem.gender"),
				tuple("values[5].values[1].value", "indicatorimports.problem.notNumber"),
				tuple("values[6].values[0]", "indicatorimports.problem.duplicate"),
				tuple("values[7].values[0].value", "indicatorimports.problem.json.missing"));
		assertThat(problems.get(6).arguments()).containsExactly("N91951", "2080", "2024", "T");
	}

	@Test
	void aFileWithoutValuesIsRejected() {
		assertThat(problems("{\"count\": 0, \"next_url\": null}")).extracting(ImportProblem::column)
			.containsExactly("values");
		assertThat(problems(page())).extracting(ImportProblem::messageKey)
			.containsExactly("indicatorimports.problem.noValues");
	}

	@Test
	void problemsBeyondTheCapAreCounted() {
		StringBuilder entries = new StringBuilder();
		for (int i = 0; i < 250; i++) {
			entries.append(i == 0 ? "" : ",").append(entry("\"N91951\"", "\"7777\"", "2024", CELL));
		}
		List<ImportProblem> problems = problems("{\"values\": [" + entries + "]}");
		assertThat(problems).hasSize(201);
		assertThat(problems.get(200).messageKey()).isEqualTo("indicatorimports.problem.more");
		assertThat(problems.get(200).arguments()).containsExactly(50);
	}

	@Test
	void theNextUrlOfARecordedPageIsFoundWithoutReadingItsValues() throws IOException {
		var page = java.nio.file.Files.createTempFile("kolada", ".json");
		try (InputStream in = fixture("N91951-page1.json")) {
			java.nio.file.Files.copy(in, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			assertThat(KoladaClient.nextUrl(page)).get().asString().contains("page=2");
		}
		finally {
			java.nio.file.Files.delete(page);
		}
		assertThat(KoladaClient.groups(java.util.stream.IntStream.range(0, 60).mapToObj(i -> "K" + i).toList()))
			.extracting(List::size).containsExactly(25, 25, 10);
	}

}
