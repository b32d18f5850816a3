package se.regionrum.analysis.input;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.TextEncoding;

/**
 * A CSV file read row by row, for files too large to hold as maps per row (a national grid has
 * 600,000 rows): UTF-8 with or without byte order mark, plain or gzip-compressed ({@code .csv.gz},
 * recognised by its magic bytes), comma or semicolon (whichever the header line has more of),
 * header names in any case. With semicolons a decimal comma is accepted, as
 * Swedish spreadsheets write numbers. Row numbers are as a spreadsheet shows them (header = 1).
 */
public final class CsvTable {

	/**
	 * One data row; the problems it finds are added to the reader's {@link Problems}. Valid while it
	 * is visited: a plain row's fields are read from a buffer the next row reuses.
	 */
	public final class Row {

		private final CSVRecord record;
		private final PlainCsvLines line;
		private final int number;

		Row(CSVRecord record, int number) {
			this.record = record;
			this.line = null;
			this.number = number;
		}

		Row(PlainCsvLines line, int number) {
			this.record = null;
			this.line = line;
			this.number = number;
		}

		public int number() {
			return number;
		}

		/** The trimmed value, or an empty string when the column is absent ({@code column < 0}) or blank. */
		public String get(int column) {
			if (line != null) {
				return column < 0 ? "" : PlainNumbers.text(line.buffer(), line.start(column), line.end(column));
			}
			return column < 0 || column >= record.size() ? "" : record.get(column).trim();
		}

		/** The number the index gives the column's trimmed value, or -1 when it gives none. */
		public int find(int column, IdIndex index) {
			if (line != null && column >= 0) {
				byte[] bytes = line.buffer();
				int from = PlainNumbers.trimStart(bytes, line.start(column), line.end(column));
				return index.get(bytes, from, PlainNumbers.trimEnd(bytes, from, line.end(column)));
			}
			return index.get(get(column));
		}

		/** The number in the column, or {@code NaN} after recording a problem (also for a blank value). */
		public double number(int column, Problems problems) {
			if (line != null && column >= 0) {
				double value = PlainNumbers.decimal(line.buffer(), line.start(column), line.end(column), decimalComma);
				if (!Double.isNaN(value)) {
					return value;
				}
			}
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
			if (line != null && column >= 0) {
				int value = PlainNumbers.count(line.buffer(), line.start(column), line.end(column));
				if (value >= 0) {
					return value;
				}
			}
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
	private final String fileName;
	private final List<String> header;
	private final char delimiter;
	private final boolean decimalComma;

	private CsvTable(Path path, List<String> header, char delimiter) {
		this.path = path;
		this.fileName = path.getFileName().toString();
		this.header = header;
		this.delimiter = delimiter;
		this.decimalComma = delimiter == ';';
	}

	/**
	 * Reads the header line; a file that is empty, not UTF-8, a damaged gzip file or not readable is
	 * rejected here, with a message naming it.
	 */
	public static CsvTable open(Path path) {
		String name = path.getFileName().toString();
		String first;
		try (BufferedReader reader = reader(path)) {
			first = reader.readLine();
		}
		catch (IOException ex) {
			throw rejection(path, ex, 1);
		}
		catch (UncheckedIOException ex) {
			throw rejection(path, ex.getCause(), 1);
		}
		if (first == null) {
			throw Problems.fileRejected("analysis.import.file.empty", name);
		}
		if (first.isBlank()) {
			throw Problems.fileRejected("analysis.import.csv.noHeader", name);
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

	/** The file's name, for messages about the file as a whole. */
	public String fileName() {
		return fileName;
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

	/**
	 * Visits every data row; rows with a wrong number of fields are reported and skipped, and a file
	 * with a header but no rows is a problem of the file: an empty grid or edge list gives no
	 * analysis, and saying so beats results with nothing in them.
	 */
	public void forEachRow(Problems problems, Consumer<Row> visitor) {
		forEachRow(problems, visitor, true);
	}

	/**
	 * @param plainLines whether plain lines are read from bytes; without, every line goes through
	 *        the general parser, which tests compare the plain path with
	 */
	void forEachRow(Problems problems, Consumer<Row> visitor, boolean plainLines) {
		int rows = 0;
		int number = 0;
		PlainCsvLines lines = null;
		CSVParser parser = null;
		try (InputStream in = input(path)) {
			lines = new PlainCsvLines(in, delimiter);
			lines.skipByteOrderMark();
			while (plainLines && lines.next()) {
				if (lines.fieldCount() == 0) {
					continue; // an empty line, which the general parser skips without counting it
				}
				number++;
				if (number == 1 || (lines.fieldCount() == 1 && blank(lines))) {
					continue;
				}
				rows++;
				if (lines.fieldCount() != header.size()) {
					problems.add(number, null, "import.csv.wrongFieldCount", lines.fieldCount(), header.size());
					continue;
				}
				visitor.accept(new Row(lines, number));
			}
			if (!plainLines || !lines.plain()) {
				CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
				parser = CSVParser.parse(textReader(lines.rest()), format);
				for (CSVRecord record : parser) {
					number++;
					if (number == 1 || (record.size() == 1 && record.get(0).isBlank())) {
						continue;
					}
					rows++;
					if (record.size() != header.size()) {
						problems.add(number, null, "import.csv.wrongFieldCount", record.size(), header.size());
						continue;
					}
					visitor.accept(new Row(record, number));
				}
			}
		}
		catch (IOException ex) {
			throw rejection(path, ex, line(lines, parser));
		}
		catch (UncheckedIOException ex) {
			throw rejection(path, ex.getCause(), line(lines, parser));
		}
		catch (IllegalStateException ex) {
			throw rejection(path, ex.getCause() instanceof IOException io ? io : new IOException(ex), line(lines, parser));
		}
		if (rows == 0) {
			problems.addFile("analysis.import.csv.noRows", fileName);
		}
	}

	/** Whether the line's only field is blank, as {@link String#isBlank} has it. */
	private static boolean blank(PlainCsvLines lines) {
		byte[] bytes = lines.buffer();
		for (int i = lines.start(0); i < lines.end(0); i++) {
			if (!Character.isWhitespace(bytes[i])) {
				return false;
			}
		}
		return true;
	}

	/** The line a quoting error is on: the lines read plainly, then the general parser's. */
	private static long line(PlainCsvLines lines, CSVParser parser) {
		long plainLines = lines == null ? 0 : lines.linesRead();
		return plainLines + (parser == null ? 1 : parser.getCurrentLineNumber() + 1);
	}

	/** Why the file as a whole cannot be read, as a sentence about the file. */
	private static ImportRejectedException rejection(Path path, IOException ex, long line) {
		String name = path.getFileName().toString();
		if (ex instanceof CharacterCodingException) {
			return Problems.fileRejected("analysis.import.csv.notUtf8", name);
		}
		if (ex instanceof CSVException) {
			return Problems.fileRejected("analysis.import.csv.quotes", name, line);
		}
		if (ex instanceof EOFException) {
			// only the gzip stream ends early with this; plain text simply ends
			return Problems.fileRejected("analysis.import.gzip.truncated", name);
		}
		if (ex instanceof ZipException) {
			return Problems.fileRejected("analysis.import.gzip.damaged", name);
		}
		return Problems.unreadable(path, ex);
	}

	/** A reader of the file's text: see {@link #input} and {@link #textReader}; the byte order mark skipped. */
	private static BufferedReader reader(Path path) throws IOException {
		BufferedReader reader = textReader(input(path));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	/** UTF-8 strictly, so that a Latin-1 file is reported, not read wrong. */
	private static BufferedReader textReader(InputStream in) {
		return new BufferedReader(new InputStreamReader(in, TextEncoding.strictUtf8()));
	}

	/**
	 * The file's bytes, unpacked on the way when it is gzip-compressed, which is recognised by its
	 * first two bytes whatever the file is called.
	 */
	private static InputStream input(Path path) throws IOException {
		BufferedInputStream file = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
		try {
			file.mark(2);
			boolean gzip = file.read() == 0x1f && file.read() == 0x8b;
			file.reset();
			return gzip ? new GZIPInputStream(file, 1 << 16) : file;
		}
		catch (IOException ex) {
			file.close();
			throw ex;
		}
	}

	private static String unquote(String name) {
		return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1)
				: name;
	}
}
