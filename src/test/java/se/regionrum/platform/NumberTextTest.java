package se.regionrum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers are read as people type them and shown as the page's language writes them. */
class NumberTextTest {

	static final Locale SV = Locale.forLanguageTag("sv");

	static final Locale EN = Locale.ENGLISH;

	@ParameterizedTest(name = "\"{0}\" in {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			0,9            | sv | 0.9
			0.9            | sv | 0.9
			0,9            | en | 0.9
			0.9            | en | 0.9
			' -12,5 '      | sv | -12.5
			\u221212,5     | sv | -12.5
			+3             | sv | 3
			,5             | sv | 0.5
			""")
	void readsTheDecimalCommaAndPointAlike(String text, String language, String expected) {
		assertThat(NumberText.parse(text, Locale.forLanguageTag(language))).isEqualByComparingTo(expected);
	}

	@Test
	void readsNothingAsNoNumber() {
		assertThat(NumberText.parse("  ", SV)).isNull();
		assertThat(NumberText.parse(null, SV)).isNull();
	}

	@ParameterizedTest(name = "\"{0}\" in {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			1 234,5             | sv | 1234.5
			1\u00a0234,5        | sv | 1234.5
			3\u202f443\u202f000  | sv | 3443000
			3 443 000.5         | en | 3443000.5
			3,443,000.5         | en | 3443000.5
			3.443.000,5         | sv | 3443000.5
			1,234               | en | 1234
			# a single comma is the decimal sign in Swedish
			1,234               | sv | 1.234
			""")
	void readsThousandsSeparators(String text, String language, String expected) {
		assertThat(NumberText.parse(text, Locale.forLanguageTag(language))).isEqualByComparingTo(expected);
	}

	@Test
	void refusesWhatIsNotANumber() {
		for (String text : new String[] { "abc", "0,9x", "1 23", "12 34,5", "1,2,3", "1.2.3", "1,234.5.6", "-", "1e3",
				"0x10", "1..2", "Infinity" }) {
			assertThatThrownBy(() -> NumberText.parse(text, SV)).as(text).isInstanceOf(NumberFormatException.class);
		}
	}

	@Test
	void showsNumbersTheWayTheLanguageWritesThem() {
		assertThat(NumberText.integer(3443000, SV)).isEqualTo("3\u00a0443\u00a0000");
		assertThat(NumberText.decimal(3443000.5, 1, SV)).isEqualTo("3\u00a0443\u00a0000,5");
		assertThat(NumberText.integer(3443000, EN)).isEqualTo("3,443,000");
		assertThat(NumberText.decimal(3443000.5, 1, EN)).isEqualTo("3,443,000.5");
		assertThat(NumberText.decimal(2.25, 1, SV)).isEqualTo("2,3");
		assertThat(NumberText.decimal(0.1 + 0.2, 2, EN)).isEqualTo("0.30");
		assertThat(NumberText.percent(0.053, 1, SV)).isEqualTo("5,3\u00a0%");
		assertThat(NumberText.percent(0.053, 1, EN)).isEqualTo("5.3%");
		assertThat(NumberText.withUnit(12345.67, 1, "km", SV)).isEqualTo("12\u00a0345,7\u00a0km");
		assertThat(NumberText.integer(null, SV)).isEmpty();
		assertThat(NumberText.decimal(Double.NaN, 1, SV)).isEmpty();
	}

	@Test
	void formFieldsShowNumbersForEditingWithoutSeparators() {
		assertThat(NumberText.input(0.9, SV)).isEqualTo("0,9");
		assertThat(NumberText.input(0.9, EN)).isEqualTo("0.9");
		assertThat(NumberText.input(1.0, SV)).isEqualTo("1");
		assertThat(NumberText.input(2030, SV)).isEqualTo("2030");
		assertThat(NumberText.input(1500000L, SV)).isEqualTo("1500000");
		assertThat(NumberText.input(-60.606934, SV)).isEqualTo("-60,606934");
		assertThat(NumberText.input(new BigDecimal("12.50"), EN)).isEqualTo("12.5");
		// what a field shows is read back as the same number
		for (double value : new double[] { 0.9, 60.606934, -15.1234567891, 1e-7, 123456789.5 }) {
			assertThat(NumberText.parse(NumberText.input(value, SV), SV).doubleValue()).isEqualTo(value);
			assertThat(NumberText.parse(NumberText.input(value, EN), EN).doubleValue()).isEqualTo(value);
		}
	}

}
