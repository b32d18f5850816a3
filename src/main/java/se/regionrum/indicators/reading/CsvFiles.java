package se.regionrum.indicators.reading;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import se.regionrum.platform.TextEncoding;

/**
 * The CSV side of the indicator imports: which encoding a file is in, opening it past a byte order
 * mark, the delimiter its header line uses, and numbers as Swedish and English files write them.
 */
public final class CsvFiles {

	public static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

	private CsvFiles() {
	}

	/** UTF-8 when every byte of the file decodes as UTF-8, else ISO-8859-1 ({@link TextEncoding#detect}). */
	public static Charset detect(Path file) throws IOException {
		return TextEncoding.detect(file);
	}

	/** A reader of the stream in the charset, past a UTF-8 byte order mark if the file starts with one. */
	public static Reader reader(InputStream in, Charset charset) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
		buffered.mark(3);
		byte[] start = buffered.readNBytes(3);
		boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
				&& (start[2] & 0xFF) == 0xBF;
		if (!bom) {
			buffered.reset();
		}
		return new InputStreamReader(buffered, bom ? StandardCharsets.UTF_8 : charset);
	}

	/**
	 * A parser over the reader with the delimiter the header line uses most (semicolon, tab or comma);
	 * the reader must support mark, as {@link #reader} gives with a buffer.
	 */
	public static CSVParser parser(Reader reader) throws IOException {
		java.io.BufferedReader buffered = new java.io.BufferedReader(reader, 64 * 1024);
		buffered.mark(64 * 1024);
		char[] head = new char[8192];
		int n = buffered.read(head);
		buffered.reset();
		String line = n <= 0 ? "" : new String(head, 0, n);
		int end = line.indexOf('\n');
		line = end < 0 ? line : line.substring(0, end);
		long semicolons = line.chars().filter(c -> c == ';').count();
		long tabs = line.chars().filter(c -> c == '\t').count();
		long commas = line.chars().filter(c -> c == ',').count();
		char delimiter = semicolons >= tabs && semicolons >= commas && semicolons > 0 ? ';'
				: tabs >= commas && tabs > 0 ? '\t' : ',';
		return CSVParser.parse(buffered, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get());
	}

	/** Whether the text stands for no value: empty, or one of SCB's marks {@code ..}, {@code .} and {@code -}. */
	public static boolean missing(String text) {
		String t = text == null ? "" : text.strip();
		return t.isEmpty() || t.equals("..") || t.equals(".") || t.equals("-") || t.equals("–");
	}

	/**
	 * A number with a decimal comma or point and spaces (also non-breaking) between thousands;
	 * null when the text is no number.
	 */
	public static Double number(String text) {
		String t = text.strip().replace("\u00A0", "").replace(" ", "").replace('\u2212', '-');
		if (t.indexOf(',') >= 0) {
			if (t.indexOf('.') >= 0 || t.indexOf(',') != t.lastIndexOf(',')) {
				return null;
			}
			t = t.replace(',', '.');
		}
		if (!t.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
			return null;
		}
		double v = Double.parseDouble(t);
		return Double.isFinite(v) ? v : null;
	}

	/** A 4-digit year at the start of the text ('2024', '2024 2024'); null when there is none. */
	public static Integer year(String text) {
		String t = text == null ? "" : text.strip();
		int space = t.indexOf(' ');
		t = space < 0 ? t : t.substring(0, space);
		return t.matches("\\d{4}") ? Integer.valueOf(t) : null;
	}

}
