package se.regionrum.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** The result files' fast formatting against the Formatter and CSVPrinter it replaces. */
class ResultFilesTest {

	@Test
	void hundredthsRoundAsPercentTwoFDoes() {
		for (long denominator : new long[] { 600, 1000, 6000, 7 }) {
			for (long numerator = 0; numerator < 200_000; numerator++) {
				check(numerator, denominator);
			}
		}
		Random random = new Random(5);
		for (int i = 0; i < 200_000; i++) {
			check(random.nextLong(1L << 40), 600);
		}
		check(-15, 600);
		check(Long.MAX_VALUE / 300, 600);
	}

	@Test
	void fieldsAreQuotedAsCsvPrinterQuotesThem() throws IOException {
		for (String value : List.of("", "plain", "a,b", "say \"hi\"", "line\nbreak", " lead", "trail ", "#hash", "!x",
				"'=SUM(A1)", "Åsa", "-1", "\r")) {
			StringWriter out = new StringWriter();
			try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
				printer.printRecord("first", value);
			}
			assertThat("first," + ResultFiles.field(value) + "\r\n").as(value).isEqualTo(out.toString());
		}
	}

	private static void check(long numerator, long denominator) {
		assertThat(ResultFiles.hundredths(numerator, denominator)).as(numerator + "/" + denominator)
			.isEqualTo(String.format(Locale.ROOT, "%.2f", numerator / (double) denominator));
	}
}
