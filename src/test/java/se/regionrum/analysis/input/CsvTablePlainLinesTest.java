package se.regionrum.analysis.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/**
 * The plain path of {@link CsvTable} (lines read from bytes) against the general parser on the
 * same files: every row number, value, number, count, id lookup, problem and rejection the same.
 */
class CsvTablePlainLinesTest {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@TempDir
	Path dir;

	private int files;

	@Test
	void plainFileIsReadAsTheGeneralParserReadsIt() throws IOException {
		Path file = write("id,lon,lat\nn1,18.07,59.31\nn2, 18.5 ,-59\n\nn3,1e3,0x10\n   \nn4,,\nn5,.5,5.\n");
		assertThat(rows(file, true)).isEqualTo(rows(file, false))
			.contains("row 3: [n2|18.5|-59|18.5|-59.0|-1|-1|id=-1]")
			.contains("row 4: [n3|1e3|0x10|1000.0|NaN|-1|-1|id=-1]");
	}

	@Test
	void quotedFieldsHandTheRestOfTheFileToTheGeneralParser() throws IOException {
		Path file = write("id,lon,lat\nn1,1,2\n\"n,2\",3,4\n\"multi\nline\",5,6\nn4,x,7\nn5,8\n");
		List<String> plain = rows(file, true);
		assertThat(plain).isEqualTo(rows(file, false))
			.contains("row 3: [n,2|3|4|3.0|4.0|-1|4|id=-1]")
			.contains("problem [5 lon import.csv.notNumber [x]]")
			.contains("problem [6 null import.csv.wrongFieldCount [2, 3]]");
	}

	@Test
	void crlfBareCrByteOrderMarkAndTrailingLinesAgree() throws IOException {
		for (String text : List.of("a,b\r\n1,2\r\n3,4\r\n", "a,b\r\n1,2\r3,4\n", "a,b\n1,2\r,3\n4,5", "a,b\n1,2\r",
				"a,b\n1,2\n\r\n\r\n3,4", "a,b\n,\n ,\n", "a,b\n1\r\n2,3\n")) {
			Path file = write(text);
			assertThat(rows(file, true)).as(text).isEqualTo(rows(file, false));
			Path withBom = write(BOM, text.getBytes(StandardCharsets.UTF_8));
			assertThat(rows(withBom, true)).as("BOM " + text).isEqualTo(rows(withBom, false)).isEqualTo(rows(file, true));
		}
	}

	@Test
	void rowProblemNamesTheRowAfterTheHandOver() throws IOException {
		Path file = write("id;x;y\na;1,5;2\nb;\"3\";4\nc;-1;zwei\n");
		assertThat(rows(file, true)).isEqualTo(rows(file, false))
			.contains("row 2: [a|1,5|2|1.5|2.0|-1|2|id=0]")
			.contains("problem [4 y import.csv.notNumber [zwei]]");
	}

	@Test
	void utf8TextAndLatin1BytesAgree() throws IOException {
		Path swedish = write("id,name\n1,a\n2,Åsa-Öjebyn\n3,b\n");
		assertThat(rows(swedish, true)).isEqualTo(rows(swedish, false)).contains("row 3: [2|Åsa-Öjebyn|NaN|NaN|2|-1|id=-1]");
		Path latin1 = write("id,name\n1,a\n2,".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xC5, 's', 'a', '\n' });
		assertThat(rows(latin1, true)).isEqualTo(rows(latin1, false))
			.containsExactly("rejected [0 null analysis.import.csv.notUtf8 [" + latin1.getFileName() + "]]");
	}

	@Test
	void unclosedQuoteIsReportedOnTheSameLine() throws IOException {
		Path file = write("a,b\n1,2\n\n3,4\n5,\"6\n7,8\n");
		assertThat(rows(file, true)).isEqualTo(rows(file, false)).last().asString().contains("analysis.import.csv.quotes");
	}

	@Test
	void gzipFilesWholeAndCutShortAgree() throws IOException {
		StringBuilder text = new StringBuilder("id,x,y\n");
		for (int i = 0; i < 20_000; i++) {
			text.append("node/").append(i).append(',').append(i * 0.25).append(',').append(-i).append('\n');
		}
		byte[] gzip = gzip(BOM, text.toString().getBytes(StandardCharsets.UTF_8));
		Path whole = write(gzip);
		assertThat(rows(whole, true)).isEqualTo(rows(whole, false)).filteredOn(r -> r.startsWith("row ")).hasSize(20_000);
		Path cut = write(Arrays.copyOf(gzip, gzip.length * 2 / 3));
		assertThat(rows(cut, true)).isEqualTo(rows(cut, false))
			.last()
			.isEqualTo("rejected [0 null analysis.import.gzip.truncated [" + cut.getFileName() + "]]");
	}

	@Test
	void lineLongerThanTheBufferIsRead() throws IOException {
		String longValue = "x".repeat(200_000);
		Path file = write("a,b\n1," + longValue + "\n2,3\n");
		assertThat(rows(file, true)).isEqualTo(rows(file, false)).filteredOn(r -> r.startsWith("row ")).hasSize(2);
	}

	@Test
	void randomFilesAgree() throws IOException {
		Random random = new Random(7);
		String[] pieces = { "a", "1", "0", "-", "+", ".", ",", ",", ";", "\"", "\r", "\n", "\n", " ", "e", "é", "12.5",
				"007", "\r\n", "9007199254740993", "\t" };
		for (int f = 0; f < 400; f++) {
			StringBuilder text = new StringBuilder(random.nextBoolean() ? "a,b,c\n" : "a;b;c\n");
			int length = random.nextInt(40);
			for (int i = 0; i < length; i++) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			Path file = write(text.toString());
			assertThat(rows(file, true)).as(text.toString()).isEqualTo(rows(file, false));
		}
	}

	/** Everything the rows say, in order: values, numbers, counts, ids; then the problems or the rejection. */
	private static List<String> rows(Path file, boolean plain) {
		List<String> seen = new ArrayList<>();
		Problems problems = new Problems();
		IdIndex ids = new IdIndex();
		for (String id : List.of("a", "1", "é", "a b")) {
			ids.put(id, ids.size());
		}
		try {
			CsvTable table = CsvTable.open(file);
			int last = table.header().size() - 1;
			table.forEachRow(problems, row -> {
				List<String> values = new ArrayList<>();
				for (int c = 0; c <= last; c++) {
					values.add(row.get(c));
				}
				values.add(String.valueOf(row.number(Math.min(1, last), problems)));
				values.add(String.valueOf(row.number(last, problems)));
				values.add(String.valueOf(row.count(0, problems)));
				values.add(String.valueOf(row.count(last, problems)));
				values.add("id=" + row.find(0, ids));
				seen.add("row " + row.number() + ": [" + String.join("|", values) + "]");
			}, plain);
		}
		catch (ImportRejectedException ex) {
			// nothing read before a rejection is used, and how far each path got then differs with its buffers
			return List.of("rejected " + describe(ex.problems()));
		}
		try {
			problems.throwIfAny();
		}
		catch (ImportRejectedException ex) {
			ex.problems().forEach(p -> seen.add("problem " + describe(List.of(p))));
		}
		return seen;
	}

	private static List<String> describe(List<ImportProblem> problems) {
		return problems.stream()
			.map(p -> p.row() + " " + p.column() + " " + p.messageKey() + " " + Arrays.toString(p.arguments()))
			.toList();
	}

	private Path write(String text) throws IOException {
		return write(text.getBytes(StandardCharsets.UTF_8));
	}

	private Path write(byte[]... parts) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			bytes.write(part);
		}
		return Files.write(dir.resolve("file" + (files++) + ".csv"), bytes.toByteArray());
	}

	private static byte[] gzip(byte[]... parts) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			for (byte[] part : parts) {
				out.write(part);
			}
		}
		return bytes.toByteArray();
	}
}
