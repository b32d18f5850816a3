package se.regionrum.analysis.input;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

import crosby.binary.BinaryParser;
import crosby.binary.Fileformat;
import crosby.binary.file.FileBlock;
import se.regionrum.platform.ImportRejectedException;

/**
 * One pass over an OSM PBF file, turning its failures into a rejection instead of a stack trace.
 * <p>
 * The file's framing (a length, a {@code BlobHeader}, a {@code Blob}) is read here rather than by
 * the osmpbf library's {@code BlockInputStream}, because the library allocates whatever a file
 * declares: a 1 MB file that claims a 1 GiB blob made it inflate into a 1 GiB array. Here every
 * size is checked against the format's limits and against what is left of the file before anything
 * is allocated; only a checked block is handed to the library's {@link BinaryParser}. The library
 * would also take an end of file in the middle of a block for the normal end, which made a
 * truncated download look like a small region; here that is a problem too.
 */
public final class PbfPass {

	/** The format's limit on a BlobHeader (OSM wiki, PBF Format): "must be less than 64 KiB". */
	public static final int MAX_HEADER_BYTES = 64 * 1024;

	/** The format's limit on a blob's data, compressed or not: "must be less than 32 MiB". */
	public static final int MAX_BLOB_BYTES = 32 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(PbfPass.class);

	private PbfPass() {
	}

	public static void run(Path file, BinaryParser parser) {
		String name = file.getFileName().toString();
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			throw Problems.unreadable(file, ex);
		}
		if (size == 0) {
			throw Problems.fileRejected("analysis.import.file.empty", name);
		}
		try (InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			new Blocks(name, size, new DataInputStream(stream), parser).readAll();
		}
		catch (IOException ex) {
			throw Problems.unreadable(file, ex);
		}
	}

	/** Reads block after block; {@code position} is the byte where the current block began. */
	private static final class Blocks {

		private final String name;
		private final long size;
		private final DataInputStream in;
		private final BinaryParser parser;
		private long read;
		private int block;
		private long position;
		/** Whether a block header has been read: before that, bytes that do not frame a block are not PBF at all. */
		private boolean headerRead;

		Blocks(String name, long size, DataInputStream in, BinaryParser parser) {
			this.name = name;
			this.size = size;
			this.in = in;
			this.parser = parser;
		}

		void readAll() throws IOException {
			while (read < size) {
				block++;
				position = read;
				readBlock();
			}
			parser.complete();
		}

		private void readBlock() throws IOException {
			if (size - read < 4) {
				throw truncated();
			}
			int headerLength = in.readInt();
			read += 4;
			if (headerLength <= 0 || headerLength >= MAX_HEADER_BYTES) {
				// a first "block" this wrong is a file of another kind, not a damaged PBF file
				throw block == 1 ? notPbf() : tooLarge("analysis.import.pbf.headerTooLarge", headerLength, MAX_HEADER_BYTES);
			}
			Fileformat.BlobHeader header;
			try {
				header = Fileformat.BlobHeader.parseFrom(bytes(headerLength));
			}
			catch (InvalidProtocolBufferException ex) {
				throw block == 1 ? notPbf() : damaged(ex);
			}
			headerRead = true;
			String type = header.getType();
			if (!"OSMData".equals(type) && !"OSMHeader".equals(type)) {
				throw block == 1 ? notPbf()
						: Problems.fileRejected("analysis.import.pbf.unknownBlock", name, block, type);
			}
			int dataSize = header.getDatasize();
			if (dataSize <= 0 || dataSize > MAX_BLOB_BYTES) {
				throw tooLarge("analysis.import.pbf.blobTooLarge", dataSize, MAX_BLOB_BYTES);
			}
			Fileformat.Blob blob;
			try {
				blob = Fileformat.Blob.parseFrom(bytes(dataSize));
			}
			catch (InvalidProtocolBufferException ex) {
				throw damaged(ex);
			}
			ByteString data = data(blob);
			FileBlock fileBlock;
			try {
				fileBlock = FileBlock.newInstance(type, data, header.getIndexdata());
			}
			catch (IllegalArgumentException ex) {
				// the library refuses blocks a little under the format's limit
				throw tooLarge("analysis.import.pbf.dataTooLarge", data.size(), MAX_BLOB_BYTES);
			}
			try {
				parser.handleBlock(fileBlock);
			}
			catch (ImportRejectedException ex) {
				throw ex;
			}
			catch (UncheckedIOException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException
					| NegativeArraySizeException ex) {
				// what the library and protobuf throw on a block whose content is not OSM data
				throw damaged(ex);
			}
		}

		/** The next {@code length} bytes, after checking that the file holds them. */
		private byte[] bytes(int length) throws IOException {
			if (length > size - read) {
				throw truncated();
			}
			byte[] bytes = new byte[length];
			in.readFully(bytes);
			read += length;
			return bytes;
		}

		/** The block's uncompressed data; the declared size is checked before a buffer is made for it. */
		private ByteString data(Fileformat.Blob blob) {
			if (blob.hasRaw()) {
				return blob.getRaw();
			}
			if (!blob.hasZlibData()) {
				throw Problems.fileRejected("analysis.import.pbf.compression", name, block);
			}
			if (!blob.hasRawSize() || blob.getRawSize() <= 0) {
				throw damaged(null);
			}
			int rawSize = blob.getRawSize();
			if (rawSize > MAX_BLOB_BYTES) {
				throw tooLarge("analysis.import.pbf.dataTooLarge", rawSize, MAX_BLOB_BYTES);
			}
			byte[] raw = new byte[rawSize];
			Inflater inflater = new Inflater();
			try {
				inflater.setInput(blob.getZlibData().toByteArray());
				int inflated = inflater.inflate(raw);
				// exactly the declared size: more would be cut off unseen, less leaves zeros that parse as data
				if (inflated != rawSize || !inflater.finished()) {
					throw damaged(null);
				}
			}
			catch (DataFormatException ex) {
				throw damaged(ex);
			}
			finally {
				inflater.end();
			}
			return ByteString.copyFrom(raw);
		}

		private ImportRejectedException tooLarge(String key, long declared, long limit) {
			return Problems.fileRejected(key, name, block, position, declared, limit);
		}

		private ImportRejectedException truncated() {
			return headerRead ? Problems.fileRejected("analysis.import.pbf.truncated", name, block, position, size) : notPbf();
		}

		private ImportRejectedException notPbf() {
			return Problems.fileRejected("analysis.import.pbf.notPbf", name);
		}

		private ImportRejectedException damaged(Exception cause) {
			if (cause != null) {
				log.debug("Block {} of {} cannot be read", block, name, cause);
			}
			return Problems.fileRejected("analysis.import.pbf.damaged", name, block, position);
		}
	}
}
