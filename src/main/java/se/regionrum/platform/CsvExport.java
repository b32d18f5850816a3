package se.regionrum.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Writes CSV that a Swedish spreadsheet opens correctly: UTF-8 with a byte order mark,
 * semicolons between fields and a comma as decimal sign (as Swedish Excel reads them), CRLF line ends.
 * Cells that a spreadsheet would read as a formula are prefixed with an apostrophe.
 */
public final class CsvExport {

	public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
		.get();

	private CsvExport() {
	}

	/**
	 * Makes the response a CSV download named {@code fileName}: the CSV media type with its
	 * charset, and a {@code Content-Disposition} header as {@link #attachment(String)} writes it.
	 */
	public static void download(HttpServletResponse response, String fileName) {
		response.setContentType(MEDIA_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
	}

	/**
	 * The {@code Content-Disposition} value of a download named {@code fileName} (RFC 6266): a
	 * plain quoted name when it is ASCII, and the UTF-8 encoded {@code filename*} beside it when
	 * it is not (å, ä, ö).
	 */
	public static String attachment(String fileName) {
		boolean ascii = fileName.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
		ContentDisposition.Builder builder = ContentDisposition.attachment();
		return (ascii ? builder.filename(fileName) : builder.filename(fileName, StandardCharsets.UTF_8)).build()
			.toString();
	}

	public static void write(OutputStream out, List<String> header, Iterable<? extends List<?>> rows)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
			printer.printRecord(header);
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(CsvExport::cell).toList());
			}
		}
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
			// Decimal comma, as a Swedish spreadsheet reads numbers.
			return new BigDecimal(value.toString()).toPlainString().replace('.', ',');
		}
		return value instanceof Number ? value.toString() : spreadsheetSafe(value.toString());
	}

	/** Text a spreadsheet would read as a formula, with an apostrophe in front so that it stays text. */
	public static String spreadsheetSafe(String text) {
		if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
