package se.regionrum.analysis.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read row by row, for files too large to hold as maps per row (a national grid has
 * 600,000 rows): UTF-8 with or without byte order mark, comma or semicolon (whichever the header
 * line has more of), header names in any case. With semicolons a decimal comma is accepted, as
 * Swedish spreadsheets write numbers. Row numbers are as a spreadsheet shows them (header = 1).
 */
public final class CsvTable {

	/** One data row; the problems it finds are added to the reader's {@link Problems}. */
	public final class Row {

		private final CSVRecord record;
		private final int number;

		Row(CSVRecord record, int number) {
			this.record = record;
			this.number = number;
		}

		public int number() {
			return number;
		}

		/** The trimmed value, or an empty string when the column is absent ({@code column < 0}) or blank. */
		public String get(int column) {
			return column < 0 || column >= record.size() ? "" : record.get(column).trim();
		}

		/** The number in the column, or {@code NaN} after recording a problem (also for a blank value). */
		public double number(int column, Problems problems) {
			String text = get(column);
			try {
				double value = Double.parseDouble(decimalComma ? text.replace(',', '.') : text);
				if (Double.isFinite(value)) {
					return value;
				}
			}
			catch (NumberFormatException ex) {
				// reported below, with the value the user wrote
			}
			problems.add(number, header.get(column), "import.csv.notNumber", text);
			return Double.NaN;
		}

		/** A whole number of zero or more, or -1 after recording a problem. */
		public int count(int column, Problems problems) {
			String text = get(column);
			try {
				int value = Integer.parseInt(text);
				if (value >= 0) {
					return value;
				}
				problems.add(number, header.get(column), "analysis.import.negative", text);
				return -1;
			}
			catch (NumberFormatException ex) {
				problems.add(number, header.get(column), "import.csv.notInteger", text);
				return -1;
			}
		}
	}

	private final Path path;
	private final List<String> header;
	private final char delimiter;
	private final boolean decimalComma;

	private CsvTable(Path path, List<String> header, char delimiter) {
		this.path = path;
		this.header = header;
		this.delimiter = delimiter;
		this.decimalComma = delimiter == ';';
	}

	/** Reads the header line; a file that is empty, not UTF-8 or not readable is rejected here. */
	public static CsvTable open(Path path) {
		String first;
		try (BufferedReader reader = reader(path)) {
			first = reader.readLine();
		}
		catch (CharacterCodingException ex) {
			throw Problems.fileRejected("import.csv.notUtf8");
		}
		catch (IOException ex) {
			throw Problems.fileRejected("analysis.import.unreadable", path.getFileName(), ex.getMessage());
		}
		if (first == null || first.isBlank()) {
			throw Problems.fileRejected("import.csv.empty");
		}
		long semicolons = first.chars().filter(c -> c == ';').count();
		long commas = first.chars().filter(c -> c == ',').count();
		char delimiter = semicolons >= commas && semicolons > 0 ? ';' : ',';
		List<String> header = List.of(first.split(delimiter == ';' ? ";" : ",", -1)).stream()
			.map(h -> unquote(h.trim()).toLowerCase(Locale.ROOT))
			.toList();
		return new CsvTable(path, header, delimiter);
	}

	public List<String> header() {
		return header;
	}

	/** The index of the first of the names the header has (any case), or -1. */
	public int column(String... names) {
		for (String name : names) {
			if (name != null) {
				int index = header.indexOf(name.toLowerCase(Locale.ROOT));
				if (index >= 0) {
					return index;
				}
			}
		}
		return -1;
	}

	/** Like {@link #column}, but records a missing-column problem (named by the first name). */
	public int required(Problems problems, String... names) {
		int index = column(names);
		if (index < 0) {
			problems.add(1, names[0], "import.csv.missingColumn", names[0]);
		}
		return index;
	}

	public String name(int column) {
		return column < 0 ? null : header.get(column);
	}

	/** Visits every data row; rows with a wrong number of fields are reported and skipped. */
	public void forEachRow(Problems problems, Consumer<Row> visitor) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
		try (BufferedReader reader = reader(path); CSVParser parser = CSVParser.parse(reader, format)) {
			int number = 0;
			for (CSVRecord record : parser) {
				number++;
				if (number == 1 || (record.size() == 1 && record.get(0).isBlank())) {
					continue;
				}
				if (record.size() != header.size()) {
					problems.add(number, null, "import.csv.wrongFieldCount", record.size(), header.size());
					continue;
				}
				visitor.accept(new Row(record, number));
			}
		}
		catch (CharacterCodingException ex) {
			throw Problems.fileRejected("import.csv.notUtf8");
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				throw Problems.fileRejected("import.csv.notUtf8");
			}
			throw Problems.fileRejected("import.csv.unreadable", String.valueOf(ex.getMessage()));
		}
		catch (IOException | IllegalStateException ex) {
			throw Problems.fileRejected("import.csv.unreadable", String.valueOf(ex.getMessage()));
		}
	}

	private static BufferedReader reader(Path path) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	private static String unquote(String name) {
		return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1)
				: name;
	}
}
