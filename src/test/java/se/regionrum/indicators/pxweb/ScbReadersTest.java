package se.regionrum.indicators.pxweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.ValueStatus;
import se.regionrum.indicators.reading.CsvFiles;
import se.regionrum.indicators.imports.TestValueImports;
import se.regionrum.indicators.imports.TestValueImports.Sink;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/** SCB's TAB638 in JSON-stat2 and in CSV (UTF-8 with BOM, ISO-8859-1), and broken files named by path or row. */
class ScbReadersTest {

	@TempDir
	Path dir;

	static InputStream fixture(String name) {
		return ScbReadersTest.class.getResourceAsStream("/indicators/scb/" + name);
	}

	Path copy(String name) throws IOException {
		Path file = dir.resolve(name);
		try (InputStream in = fixture(name)) {
			Files.copy(in, file);
		}
		return file;
	}

	static Sink tab638() {
		return TestValueImports.of(TestValueImports.scb(7, "FOLK", "TAB638", "000005FF"));
	}

	@Test
	void jsonStatGivesEveryCellWithRegionGenderAndStatus() {
		Sink sink = tab638();
		new ScbJsonStatReader(sink.target, null).read(fixture("TAB638-folkmangd.json"));
		assertThat(sink.target.finish()).isEqualTo(24);
		assertThat(sink.written).filteredOn(v -> v.areaCode().equals("0020") && v.year() == 2022)
			.extracting(IndicatorValue::gender, IndicatorValue::value)
			.containsExactly(tuple(Gender.M, 144100.0), tuple(Gender.K, 144900.0));
		assertThat(sink.written).filteredOn(v -> v.areaCode().equals("2031") && v.gender() == Gender.K)
			.extracting(IndicatorValue::year, IndicatorValue::value, IndicatorValue::status)
			.containsExactly(tuple(2022, 5380.0, ValueStatus.FINAL), tuple(2023, 5440.0, ValueStatus.PROVISIONAL),
					tuple(2024, null, ValueStatus.MISSING));
	}

	@Test
	void jsonStatWithAnUnknownContentsCodeOrRegionIsNamedByCategory() {
		Sink sink = TestValueImports.of(TestValueImports.scb(7, "FOLK", "TAB638", "BE0101N1"));
		String json = new String(readAll("TAB638-folkmangd.json"), StandardCharsets.UTF_8).replace("\"2080\"", "\"2099\"");
		new ScbJsonStatReader(sink.target, "TAB638").read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
		assertThat(problems(sink)).extracting(ImportProblem::column, ImportProblem::messageKey).containsExactly(
				tuple("$.dimension.Region.category.index.2099", "indicatorimports.problem.unknownArea"),
				tuple("$.dimension.ContentsCode.category.index.000005FF", "indicatorimports.problem.unknownContents"));
	}

	@Test
	void brokenJsonStatKeepsTheDecodersPath() {
		Sink sink = tab638();
		String json = new String(readAll("TAB638-folkmangd.json"), StandardCharsets.UTF_8).replace("5380", "\"fem\"");
		new ScbJsonStatReader(sink.target, null).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
		assertThat(problems(sink)).isNotEmpty().allSatisfy(p -> assertThat(p.column()).startsWith("$.value"));
	}

	@Test
	void csvInUtf8WithByteOrderMark() throws IOException {
		Path file = copy("TAB638-folkmangd-utf8.csv");
		assertThat(CsvFiles.detect(file)).isEqualTo(StandardCharsets.UTF_8);
		Sink sink = tab638();
		read(sink, file, CsvFiles.detect(file));
		assertThat(sink.target.finish()).isEqualTo(9);
		assertThat(sink.written).filteredOn(v -> v.year() == 2024).extracting(IndicatorValue::areaCode,
				IndicatorValue::gender, IndicatorValue::value)
			.containsExactly(tuple("2080", Gender.T, 59876.0), tuple("2081", Gender.T, 53815.0),
					tuple("0020", Gender.T, 289100.0));
	}

	@Test
	void csvInIsoLatin1IsDetectedAndReadWithSwedishLetters() throws IOException {
		Path file = copy("TAB638-folkmangd-latin1.csv");
		assertThat(CsvFiles.detect(file)).isEqualTo(StandardCharsets.ISO_8859_1);
		Sink sink = tab638();
		read(sink, file, CsvFiles.detect(file));
		assertThat(sink.target.finish()).isEqualTo(6);
		assertThat(sink.written).extracting(IndicatorValue::areaCode, IndicatorValue::gender, IndicatorValue::value,
				IndicatorValue::status)
			.containsExactly(tuple("2031", Gender.M, 5380.0, ValueStatus.FINAL), tuple("2031", Gender.K, 5431.0, ValueStatus.FINAL),
					tuple("2039", Gender.M, 3620.0, ValueStatus.FINAL), tuple("2039", Gender.K, 3410.0, ValueStatus.FINAL),
					tuple("2082", Gender.M, 5530.0, ValueStatus.FINAL), tuple("2082", Gender.K, null, ValueStatus.MISSING));
	}

	@Test
	void aLatin1FileReadAsUtf8ByChoiceLosesItsHeaderAndSaysSo() throws IOException {
		Path file = copy("TAB638-folkmangd-latin1.csv");
		Sink sink = tab638();
		read(sink, file, StandardCharsets.UTF_8);
		assertThat(problems(sink)).extracting(ImportProblem::row, ImportProblem::messageKey)
			.contains(tuple(1, "indicatorimports.problem.csv.missingColumn"));
	}

	@Test
	void badCsvRowsAreNamedByRowAndColumn() throws IOException {
		Path file = dir.resolve("bad.csv");
		Files.writeString(file, """
				region;kön;år;Folkmängd
				2080 Falun;1 män;2024;29824
				2099 Okänd;1 män;2024;100
				2081 Borlänge;3 okänt;2024;100
				2081 Borlänge;2 kvinnor;tjugo;100
				2081 Borlänge;2 kvinnor;2024;12 x
				2080 Falun;1 män;2024;29824
				2080 Falun;1 män
				""");
		Sink sink = tab638();
		read(sink, file, StandardCharsets.UTF_8);
		assertThat(problems(sink)).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(3, "region", "indicatorimports.problem.unknownArea"),
					tuple(4, "kön", "indicatorimports.problem.gender"),
					tuple(5, "år", "indicatorimports.problem.year"),
					tuple(6, "Folkmängd", "indicatorimports.problem.notNumber"),
					tuple(7, "Folkmängd", "indicatorimports.problem.duplicate"),
					tuple(8, null, "indicatorimports.problem.csv.fieldCount"));
	}

	@Test
	void aValueColumnOfAnotherContentIsNamedInTheHeader() throws IOException {
		Path file = dir.resolve("two.csv");
		Files.writeString(file, "region;år;Folkmängd;Medelålder\n2080 Falun;2024;1;2\n");
		Sink sink = tab638();
		read(sink, file, StandardCharsets.UTF_8);
		assertThat(problems(sink)).extracting(ImportProblem::row, ImportProblem::column)
			.containsExactly(tuple(1, "Folkmängd"), tuple(1, "Medelålder"));
	}

	@Test
	void codesOfRegionsAndGenderAsKoladaWritesThem() {
		assertThat(ScbCodes.area("20 Dalarnas län")).isEqualTo("0020");
		assertThat(ScbCodes.area("00 Riket")).isEqualTo("0000");
		assertThat(ScbCodes.area("2080 Falun")).isEqualTo("2080");
		assertThat(ScbCodes.gender("1+2 totalt")).isEqualTo(Gender.T);
		assertThat(ScbCodes.gender("1 män")).isEqualTo(Gender.M);
		assertThat(ScbCodes.gender("2")).isEqualTo(Gender.K);
		assertThat(CsvFiles.number("1 234,5")).isEqualTo(1234.5);
		assertThat(CsvFiles.number("12.5")).isEqualTo(12.5);
		assertThat(CsvFiles.number("12,5.1")).isNull();
		assertThat(ScbJsonStatReader.status(1.0, "p")).isEqualTo(ValueStatus.PROVISIONAL);
		assertThat(ScbJsonStatReader.status(null, null)).isEqualTo(ValueStatus.MISSING);
	}

	private static void read(Sink sink, Path file, Charset charset) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			new ScbCsvReader(sink.target, "TAB638").read(CsvFiles.reader(in, charset));
		}
	}

	private static List<ImportProblem> problems(Sink sink) {
		try {
			sink.target.finish();
		}
		catch (ImportRejectedException ex) {
			assertThat(sink.written).as("nothing written from a rejected file").isEmpty();
			return ex.problems();
		}
		throw new AssertionError("not rejected");
	}

	private static byte[] readAll(String name) {
		try (InputStream in = fixture(name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
