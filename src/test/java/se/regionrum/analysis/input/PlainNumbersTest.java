package se.regionrum.analysis.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Numbers read from bytes against {@link Double#parseDouble} and {@link Integer#parseInt} on the same text. */
class PlainNumbersTest {

	@Test
	void decimalsAreExactlyWhatParseDoubleGivesOrLeftToIt() {
		List<String> texts = List.of("0", "-0", "+0", "0.0", "-0.0", "1", "1.", ".5", "-.5", "+.5", ".", "-", "+", "",
				"  12.25 ", "18.0700000", "59.3150001", "1e3", "1E-3", "0x10", "NaN", "Infinity", "1d", "1f", "1.2.3",
				"9007199254740992", "9007199254740993", "123456789012345678", "1234567890123456789",
				"0.1234567890123456789012", "0.00000000000000000000001", "4.35", "2.675", "1,5", "-1,25", "--1", "1-");
		for (String text : texts) {
			for (boolean comma : new boolean[] { false, true }) {
				check(text, comma);
			}
		}
		Random random = new Random(11);
		for (int i = 0; i < 200_000; i++) {
			int digits = 1 + random.nextInt(17);
			StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
			int point = random.nextInt(digits + 1);
			for (int d = 0; d < digits; d++) {
				if (d == point && random.nextBoolean()) {
					text.append('.');
				}
				text.append((char) ('0' + random.nextInt(10)));
			}
			check(text.toString(), false);
		}
	}

	@Test
	void countsAreWhatParseIntGivesOrLeftToIt() {
		for (String text : List.of("0", "7", "007", "+5", "-0", "-3", "", "+", "123456789", "1234567890", "2147483647",
				"2147483648", " 42 ", "4 2", "1.0", "١٢")) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			int plain = PlainNumbers.count(bytes, 0, bytes.length);
			if (plain >= 0) {
				assertThat(plain).as(text).isEqualTo(Integer.parseInt(text.trim()));
			}
		}
		assertThat(PlainNumbers.count("  0042\t".getBytes(StandardCharsets.US_ASCII), 0, 7)).isEqualTo(42);
	}

	@Test
	void textIsTrimmedAsStringTrimDoes() {
		byte[] bytes = "\t a b \r".getBytes(StandardCharsets.US_ASCII);
		assertThat(PlainNumbers.text(bytes, 0, bytes.length)).isEqualTo("\t a b \r".trim());
		assertThat(PlainNumbers.text(bytes, 0, 1)).isEmpty();
	}

	/** Either the plain reading leaves the text to the general path (NaN) or it gives the same bits. */
	private static void check(String text, boolean decimalComma) {
		byte[] bytes = ("," + text + ",").getBytes(StandardCharsets.UTF_8);
		double plain = PlainNumbers.decimal(bytes, 1, bytes.length - 1, decimalComma);
		if (Double.isNaN(plain)) {
			return;
		}
		String general = (decimalComma ? text.replace(',', '.') : text).trim();
		assertThat(Double.doubleToRawLongBits(plain)).as(text).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(general)));
	}
}
