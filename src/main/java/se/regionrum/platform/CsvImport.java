package se.regionrum.platform;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file the way our users write them: UTF-8 with or without byte order
 * mark, semicolon or comma between fields (whichever the header line uses), header names in
 * any letter case. Problems name the row (the header is row 1, as in a spreadsheet) and column.
 */
public final class CsvImport {

	private CsvImport() {
	}

	/** A data row with its row number as a spreadsheet shows it. */
	public record Row(int number, Map<String, String> values) {

		/** The trimmed value, or an empty string when the column is missing or blank. */
		public String get(String column) {
			String value = values.get(column.toLowerCase(Locale.ROOT));
			return value == null ? "" : value.trim();
		}

		/**
		 * The column as a whole number (spaces between thousands allowed), or {@code null} when it
		 * is blank or unreadable; an unreadable value adds a problem.
		 */
		public Integer integer(String column, List<ImportProblem> problems) {
			String value = get(column).replace(" ", "").replace("\u00a0", "");
			if (value.isEmpty()) {
				return null;
			}
			try {
				return Integer.valueOf(value);
			}
			catch (NumberFormatException ex) {
				problems.add(new ImportProblem(number, column, "import.csv.notInteger", get(column)));
				return null;
			}
		}

		/**
		 * The column as a decimal number (decimal comma or point), or {@code null} when it is blank
		 * or unreadable; an unreadable value adds a problem.
		 */
		public Double decimal(String column, List<ImportProblem> problems) {
			String value = get(column).replace(',', '.');
			if (value.isEmpty()) {
				return null;
			}
			try {
				return Double.valueOf(value);
			}
			catch (NumberFormatException ex) {
				problems.add(new ImportProblem(number, column, "import.csv.notNumber", get(column)));
				return null;
			}
		}

	}

	public static List<Row> read(byte[] content, List<String> requiredColumns) {
		String text = decode(content);
		if (text.isBlank()) {
			throw new ImportRejectedException(List.of(ImportProblem.ofFile("import.csv.empty")));
		}
		char delimiter = guessDelimiter(text);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false)
			.get();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> header = null;
			int rowNumber = 0;
			for (CSVRecord record : parser) {
				rowNumber++;
				if (header == null) {
					header = record.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
					List<ImportProblem> missing = new ArrayList<>();
					for (String required : requiredColumns) {
						if (!header.contains(required)) {
							missing.add(new ImportProblem(1, required, "import.csv.missingColumn", required));
						}
					}
					if (!missing.isEmpty()) {
						throw new ImportRejectedException(missing);
					}
					continue;
				}
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (record.size() != header.size()) {
					throw new ImportRejectedException(List.of(new ImportProblem(rowNumber, null,
							"import.csv.wrongFieldCount", record.size(), header.size())));
				}
				Map<String, String> values = new HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					values.put(header.get(i), record.get(i));
				}
				rows.add(new Row(rowNumber, values));
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw new ImportRejectedException(
					List.of(ImportProblem.ofFile("import.csv.unreadable", String.valueOf(ex.getMessage()))));
		}
		return rows;
	}

	private static String decode(byte[] content) {
		return TextEncoding.utf8(content)
			.orElseThrow(() -> new ImportRejectedException(List.of(ImportProblem.ofFile("import.csv.notUtf8"))));
	}

	private static char guessDelimiter(String text) {
		int end = text.indexOf('\n');
		String firstLine = end < 0 ? text : text.substring(0, end);
		long semicolons = firstLine.chars().filter(c -> c == ';').count();
		long commas = firstLine.chars().filter(c -> c == ',').count();
		return semicolons >= commas && semicolons > 0 ? ';' : ',';
	}

}
