package se.regionrum.indicators.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.ValueStatus;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/** The own-figures template: gender optional, decimal comma or point, empty value missing; bad rows named. */
class OwnCsvReaderTest {

	@Test
	void theDownloadableTemplateImportsAsItIs() {
		TestValueImports.Sink sink = TestValueImports.of(TestValueImports.own(5, "EGEN"));
		new OwnCsvReader(sink.target, 5).read(new StringReader(OwnCsvReader.TEMPLATE));
		assertThat(sink.target.finish()).isEqualTo(4);
		assertThat(sink.written).extracting(IndicatorValue::areaCode, IndicatorValue::gender, IndicatorValue::value,
				IndicatorValue::status)
			.containsExactly(tuple("2080", Gender.T, 12.5, ValueStatus.FINAL), tuple("2080", Gender.K, 13.1, ValueStatus.FINAL),
					tuple("2080", Gender.M, 11.9, ValueStatus.FINAL), tuple("2021", Gender.T, null, ValueStatus.MISSING));
	}

	@Test
	void genderMayBeLeftOutAndCommasSeparateFields() {
		TestValueImports.Sink sink = TestValueImports.of(TestValueImports.own(5, "EGEN"));
		new OwnCsvReader(sink.target, 5).read(new StringReader("area_code,year,value\n0020,2023,1.5\n0000,2023,2\n"));
		assertThat(sink.target.finish()).isEqualTo(2);
		assertThat(sink.written).extracting(IndicatorValue::gender).containsOnly(Gender.T);
	}

	@Test
	void everyBadRowIsNamedByRowAndColumnAndNothingIsWritten() {
		TestValueImports.Sink sink = TestValueImports.of(TestValueImports.own(5, "EGEN"));
		new OwnCsvReader(sink.target, 5).read(new StringReader("""
				area_code;year;value;gender
				2080;2024;1;T
				9999;2024;1;T
				2080;24;1;T
				2080;2023;ett;T
				2080;2023;1;X
				2080;2024;2;T
				"""));
		List<ImportProblem> problems;
		try {
			sink.target.finish();
			throw new AssertionError("not rejected");
		}
		catch (ImportRejectedException ex) {
			problems = ex.problems();
		}
		assertThat(sink.written).isEmpty();
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(3, "area_code", "indicatorimports.problem.unknownArea"),
					tuple(4, "year", "indicatorimports.problem.year"),
					tuple(5, "value", "indicatorimports.problem.notNumber"),
					tuple(6, "gender", "indicatorimports.problem.gender"),
					tuple(7, "area_code", "indicatorimports.problem.duplicate"));
	}

	@Test
	void aMissingColumnIsNamedInTheHeader() {
		TestValueImports.Sink sink = TestValueImports.of(TestValueImports.own(5, "EGEN"));
		new OwnCsvReader(sink.target, 5).read(new StringReader("area;year;value\n2080;2024;1\n"));
		try {
			sink.target.finish();
			throw new AssertionError("not rejected");
		}
		catch (ImportRejectedException ex) {
			assertThat(ex.problems()).extracting(ImportProblem::row, ImportProblem::column)
				.containsExactly(tuple(1, "area_code"));
		}
	}

}
