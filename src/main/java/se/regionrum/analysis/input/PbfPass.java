package se.regionrum.analysis.input;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import crosby.binary.BinaryParser;
import crosby.binary.file.BlockInputStream;
import crosby.binary.file.BlockReaderAdapter;
import crosby.binary.file.FileBlock;
import crosby.binary.file.FileBlockPosition;

/**
 * One pass over an OSM PBF file with the osmpbf library, turning its failures into a rejection
 * instead of a stack trace. The library takes an end of file in the middle of a block for the
 * normal end, which would make a truncated download look like a small region; so the pass counts
 * the bytes each complete block ends at and rejects the file unless the last one ends it.
 */
public final class PbfPass {

	private PbfPass() {
	}

	public static void run(Path file, BinaryParser parser) {
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			throw Problems.fileRejected("analysis.import.unreadable", file.getFileName(), ex.getMessage());
		}
		try (CountingStream in = new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			BlockCounter counter = new BlockCounter(parser, in);
			new BlockInputStream(in, counter).process();
			if (counter.blocks == 0) {
				throw Problems.fileRejected("analysis.import.pbf.notPbf", file.getFileName());
			}
			if (counter.endOfLastBlock != size) {
				throw Problems.fileRejected("analysis.import.pbf.truncated", file.getFileName(), counter.endOfLastBlock,
						size);
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException
				| NegativeArraySizeException | java.io.UncheckedIOException ex) {
			// what the library and protobuf throw on bytes that are not PBF; anything else is a bug of ours
			throw Problems.fileRejected("analysis.import.pbf.unreadable", file.getFileName(),
					ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private static final class BlockCounter implements BlockReaderAdapter {

		private final BinaryParser parser;
		private final CountingStream in;
		long endOfLastBlock;
		int blocks;

		BlockCounter(BinaryParser parser, CountingStream in) {
			this.parser = parser;
			this.in = in;
		}

		@Override
		public boolean skipBlock(FileBlockPosition block) {
			String type = block.getType();
			if (!"OSMData".equals(type) && !"OSMHeader".equals(type)) {
				throw Problems.fileRejected("analysis.import.pbf.unknownBlock", type);
			}
			return false;
		}

		@Override
		public void handleBlock(FileBlock block) {
			parser.handleBlock(block);
			blocks++;
			endOfLastBlock = in.count;
		}

		@Override
		public void complete() {
			parser.complete();
		}
	}

	private static final class CountingStream extends FilterInputStream {

		long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}
	}
}
