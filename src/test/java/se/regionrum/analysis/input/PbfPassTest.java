package se.regionrum.analysis.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.protobuf.ByteString;

import crosby.binary.Fileformat;
import crosby.binary.Osmformat;
import se.regionrum.analysis.ImportProblems;
import se.regionrum.analysis.network.OsmRoadNetworkReader;
import se.regionrum.analysis.servicepoint.OsmServicePointReader;
import se.regionrum.platform.ImportProblem;

/**
 * Files that frame their blocks wrongly, built here byte by byte: each is refused with a problem
 * naming the file and the block, before anything the file declares is allocated.
 */
class PbfPassTest {

	private static final int MIB = 1024 * 1024;

	@TempDir
	Path dir;

	@Test
	void aSmallFileDeclaringAGibibyteBlobIsRefusedWithoutInflatingIt() throws IOException {
		// 1 MiB of zeros deflates to about a kilobyte; the blob claims it unpacks to 1 GiB
		byte[] zeros = deflate(new byte[MIB]);
		Fileformat.Blob blob = Fileformat.Blob.newBuilder().setRawSize(1 << 30).setZlibData(ByteString.copyFrom(zeros))
			.build();
		Path file = write("bomb.osm.pbf", header(), block("OSMData", blob));

		long before = allocatedBytes();
		List<ImportProblem> problems = ImportProblems.of(() -> new OsmRoadNetworkReader().read(file));
		long allocated = allocatedBytes() - before;

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.messageKey()).isEqualTo("analysis.import.pbf.dataTooLarge");
			assertThat(p.arguments()).containsExactly("bomb.osm.pbf", 2, (long) headerBlockLength(), (long) (1 << 30),
					(long) PbfPass.MAX_BLOB_BYTES);
		});
		assertThat(text(problems.get(0))).isEqualTo("hela filen: Filen bomb.osm.pbf är inte en OpenStreetMap PBF-fil "
				+ "eller är skadad: block 2 (vid byte " + headerBlockLength() + ") anger 1\u00a0073\u00a0741\u00a0824 byte "
				+ "uppackade data, men formatet tillåter högst 33\u00a0554\u00a0432. Blocket packas inte upp.");
		// reading a file this small allocates a few megabytes at most; inflating would take a gibibyte
		assertThat(allocated).as("bytes allocated while reading").isLessThan(64L * MIB);
	}

	@Test
	void aCompressedBlobLargerThanTheFormatAllowsIsRefusedBeforeItIsRead() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.write(header());
		byte[] blobHeader = Fileformat.BlobHeader.newBuilder().setType("OSMData").setDatasize(40 * MIB).build()
			.toByteArray();
		out.writeInt(blobHeader.length);
		out.write(blobHeader);
		out.write(new byte[1000]);
		Path file = Files.write(dir.resolve("big.osm.pbf"), bytes.toByteArray());

		assertThat(ImportProblems.of(() -> new OsmServicePointReader().read(file))).singleElement().satisfies(p -> {
			assertThat(p.messageKey()).isEqualTo("analysis.import.pbf.blobTooLarge");
			assertThat(p.arguments()).startsWith("big.osm.pbf", 2);
		});
	}

	@Test
	void aBlockHeaderOverTheLimitIsRefusedNamingTheBlock() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.write(header());
		out.writeInt(100_000);
		out.write(new byte[200]);
		Path file = Files.write(dir.resolve("head.osm.pbf"), bytes.toByteArray());

		assertThat(ImportProblems.summary(() -> new OsmRoadNetworkReader().read(file)))
			.containsExactly("0:null:analysis.import.pbf.headerTooLarge");
	}

	@Test
	void bytesThatFrameNoBlockAreNotPbfWithoutJavaText() throws IOException {
		// a negative header length made the library allocate a negative array
		Path negative = Files.write(dir.resolve("neg.osm.pbf"), new byte[] { (byte) 0xde, (byte) 0x4d, 0x11, 0x68, 1, 2 });
		Path text = Files.writeString(dir.resolve("text.osm.pbf"), "hello, this is no PBF file at all");
		for (Path file : List.of(negative, text)) {
			List<ImportProblem> problems = ImportProblems.of(() -> new OsmRoadNetworkReader().read(file));
			assertThat(problems).extracting(ImportProblem::messageKey).containsExactly("analysis.import.pbf.notPbf");
			assertThat(text(problems.get(0))).contains(file.getFileName().toString()).doesNotContain("Exception");
		}
	}

	@Test
	void aBlobWhoseDataIsNotZlibOrNotTheDeclaredSizeIsDamaged() throws IOException {
		Fileformat.Blob garbage = Fileformat.Blob.newBuilder().setRawSize(1000)
			.setZlibData(ByteString.copyFrom(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 })).build();
		Fileformat.Blob short_ = Fileformat.Blob.newBuilder().setRawSize(2000)
			.setZlibData(ByteString.copyFrom(deflate(new byte[1000]))).build();
		Fileformat.Blob lzma = Fileformat.Blob.newBuilder().setRawSize(10).setLzmaData(ByteString.copyFrom(new byte[10]))
			.build();
		Path a = write("a.osm.pbf", header(), block("OSMData", garbage));
		Path b = write("b.osm.pbf", header(), block("OSMData", short_));
		Path c = write("c.osm.pbf", header(), block("OSMData", lzma));
		assertThat(ImportProblems.summary(() -> new OsmRoadNetworkReader().read(a)))
			.containsExactly("0:null:analysis.import.pbf.damaged");
		assertThat(ImportProblems.summary(() -> new OsmRoadNetworkReader().read(b)))
			.containsExactly("0:null:analysis.import.pbf.damaged");
		assertThat(ImportProblems.summary(() -> new OsmRoadNetworkReader().read(c)))
			.containsExactly("0:null:analysis.import.pbf.compression");
	}

	@Test
	void aBlockWhoseContentIsNotOsmDataIsDamagedNamingTheBlock() throws IOException {
		Fileformat.Blob noise = Fileformat.Blob.newBuilder().setRaw(ByteString.copyFrom(new byte[] { 0, 0, 0, 7, 9 }))
			.build();
		Path file = write("noise.osm.pbf", header(), block("OSMData", noise));
		List<ImportProblem> problems = ImportProblems.of(() -> new OsmRoadNetworkReader().read(file));
		assertThat(problems).extracting(ImportProblem::messageKey).containsExactly("analysis.import.pbf.damaged");
		assertThat(text(problems.get(0))).isEqualTo("hela filen: Filen noise.osm.pbf är inte en OpenStreetMap PBF-fil "
				+ "eller är skadad (block 2, vid byte " + headerBlockLength() + ").");
	}

	private static String text(ImportProblem problem) {
		return new ProblemText(java.util.Locale.forLanguageTag("sv")).describe(problem);
	}

	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
			.getThreadAllocatedBytes(Thread.currentThread().getId());
	}

	private static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater();
		deflater.setInput(data);
		deflater.finish();
		byte[] buffer = new byte[data.length + 64];
		int n = deflater.deflate(buffer);
		deflater.end();
		return java.util.Arrays.copyOf(buffer, n);
	}

	/** A valid first block: the OSMHeader every PBF file starts with. */
	private static byte[] header() throws IOException {
		Osmformat.HeaderBlock header = Osmformat.HeaderBlock.newBuilder().addRequiredFeatures("OsmSchema-V0.6")
			.addRequiredFeatures("DenseNodes").build();
		return block("OSMHeader", Fileformat.Blob.newBuilder().setRaw(header.toByteString())
			.setRawSize(header.getSerializedSize()).build());
	}

	private static int headerBlockLength() throws IOException {
		return header().length;
	}

	/** The framing of one block: header length, BlobHeader, Blob. */
	private static byte[] block(String type, Fileformat.Blob blob) throws IOException {
		byte[] data = blob.toByteArray();
		byte[] blobHeader = Fileformat.BlobHeader.newBuilder().setType(type).setDatasize(data.length).build().toByteArray();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.writeInt(blobHeader.length);
		out.write(blobHeader);
		out.write(data);
		return bytes.toByteArray();
	}

	private Path write(String name, byte[]... blocks) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (byte[] b : blocks) {
			bytes.write(b);
		}
		return Files.write(dir.resolve(name), bytes.toByteArray());
	}
}
