package se.regionrum.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionrum.analysis.bench.SyntheticCsvFiles;
import se.regionrum.analysis.synthetic.SyntheticRegion;

/**
 * The command on a small synthetic region written as plain CSV (read from bytes) and as the same
 * data quoted, with CRLF, a byte order mark and gzip (read by the general parser from the first
 * quote on): the result files are the same byte for byte.
 */
class AnalysisCommandCsvPathsTest {

	@TempDir
	Path dir;

	@Test
	void plainAndQuotedInputsGiveTheSameResults() throws IOException {
		Path plain = dir.resolve("plain");
		SyntheticCsvFiles.write(SyntheticRegion.generate(new SyntheticRegion.Scale(4_000, 400, 24, 8),
				SyntheticRegion.Extent.DALARNA, List.of(), 5), plain);
		Path general = Files.createDirectories(dir.resolve("general"));
		// quotes from the middle of the file on, so that the plain path hands over
		Files.write(general.resolve("edges.csv"), quotedFromHalfway(Files.readAllLines(plain.resolve("edges.csv"))));
		Files.write(general.resolve("nodes.csv.gz"), gzip(("\uFEFF" + String.join("\r\n",
				Files.readAllLines(plain.resolve("nodes.csv")))).getBytes(StandardCharsets.UTF_8)));
		Files.copy(plain.resolve("cells.csv"), general.resolve("cells.csv"));
		Files.copy(plain.resolve("points.csv"), general.resolve("points.csv"));

		assertThat(run(plain, "nodes.csv")).isZero();
		assertThat(run(general, "nodes.csv.gz")).isZero();
		for (String result : List.of("cells.csv", "points.csv")) {
			assertThat(Files.readAllBytes(general.resolve("out").resolve(result)))
				.isEqualTo(Files.readAllBytes(plain.resolve("out").resolve(result)));
		}
		assertThat(Files.readAllLines(plain.resolve("out").resolve("cells.csv"))).hasSizeGreaterThan(400);
	}

	private static byte[] quotedFromHalfway(List<String> lines) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			text.append(i < lines.size() / 2 ? line : "\"" + line.replace(",", "\",\"") + "\"").append("\r\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream packed = new ByteArrayOutputStream();
		try (OutputStream out = new GZIPOutputStream(packed)) {
			out.write(bytes);
		}
		return packed.toByteArray();
	}

	private static int run(Path dir, String nodes) {
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
		return AnalysisCommand.run(new String[] { "--nodes", dir.resolve(nodes).toString(), "--edges",
				dir.resolve("edges.csv").toString(), "--cells", dir.resolve("cells.csv").toString(), "--points",
				dir.resolve("points.csv").toString(), "--out", dir.resolve("out").toString() }, quiet, quiet);
	}
}
