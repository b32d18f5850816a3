package se.regionrum.analysis.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * The lines of a CSV file split at the delimiter straight from its bytes, for as long as they are
 * plain: ASCII without quotes, ending in LF or CRLF. Such lines mean the same to every CSV reader,
 * so a network of millions of rows is read without a String per field. At the first line that is
 * not plain (a quote, a byte of a multi-byte UTF-8 character, a lone CR) the scanner stops there,
 * at the start of a line and outside any quotes, and hands the rest of the stream to the general
 * parser, which then reads it as it would have from that line on.
 */
final class PlainCsvLines {

	private static final int FIRST_BUFFER = 1 << 16;

	private final InputStream in;
	private final byte delimiter;
	private byte[] buffer = new byte[FIRST_BUFFER];
	private int position;
	private int limit;
	private boolean endOfStream;
	private int[] starts = new int[16];
	private int[] ends = new int[16];
	private int fieldCount;
	private long linesRead;
	private boolean plain = true;

	PlainCsvLines(InputStream in, char delimiter) {
		this.in = in;
		this.delimiter = (byte) delimiter;
	}

	/**
	 * Moves to the next line, returning false at the end of the file or at a line that is not
	 * plain ({@link #plain()} tells which). An empty line is a line with no fields.
	 */
	boolean next() throws IOException {
		if (!plain) {
			return false;
		}
		int lineStart = position;
		int scan = position;
		int fieldStart = lineStart;
		// a CR is plain only right before the line break (or the end of the file)
		int carriageReturn = -1;
		fieldCount = 0;
		while (true) {
			if (scan == limit) {
				int shift = fill(lineStart);
				lineStart -= shift;
				fieldStart -= shift;
				scan -= shift;
				carriageReturn -= carriageReturn >= 0 ? shift : 0;
				for (int f = 0; f < fieldCount; f++) {
					starts[f] -= shift;
					ends[f] -= shift;
				}
				if (scan == limit) {
					// the last line has no line break
					if (scan == lineStart) {
						position = scan;
						return false;
					}
					return endLine(lineStart, fieldStart, scan, carriageReturn, limit);
				}
			}
			byte b = buffer[scan];
			if (b == '\n') {
				return endLine(lineStart, fieldStart, scan, carriageReturn, scan + 1);
			}
			if (b == delimiter) {
				addField(fieldStart, scan);
				fieldStart = scan + 1;
			}
			else if (b == '\r' && carriageReturn < 0) {
				carriageReturn = scan;
			}
			else if (b == '"' || b < 0 || b == '\r') {
				return stop(lineStart);
			}
			scan++;
		}
	}

	/** False once a line that is not plain has stopped the scan; the rest is then {@link #rest()}. */
	boolean plain() {
		return plain;
	}

	/** The stream from the line that stopped the scan on. */
	InputStream rest() {
		return new SequenceInputStream(new ByteArrayInputStream(buffer, position, limit - position), in);
	}

	/** Lines consumed, empty ones included, as a text reader counts them. */
	long linesRead() {
		return linesRead;
	}

	int fieldCount() {
		return fieldCount;
	}

	byte[] buffer() {
		return buffer;
	}

	int start(int field) {
		return starts[field];
	}

	int end(int field) {
		return ends[field];
	}

	/** Skips a byte order mark at the very start of the stream. */
	void skipByteOrderMark() throws IOException {
		while (limit < 3 && !endOfStream) {
			fill(0);
		}
		if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
			position = 3;
		}
	}

	private boolean stop(int lineStart) {
		plain = false;
		position = lineStart;
		fieldCount = 0;
		return false;
	}

	private boolean endLine(int lineStart, int fieldStart, int lineBreak, int carriageReturn, int nextLine) {
		int end = lineBreak;
		if (carriageReturn >= 0) {
			if (carriageReturn != lineBreak - 1) {
				return stop(lineStart);
			}
			end = carriageReturn;
		}
		linesRead++;
		position = nextLine;
		if (end > lineStart || fieldCount > 0) {
			addField(fieldStart, end);
		}
		return true;
	}

	private void addField(int start, int end) {
		if (fieldCount == starts.length) {
			starts = Arrays.copyOf(starts, fieldCount * 2);
			ends = Arrays.copyOf(ends, fieldCount * 2);
		}
		starts[fieldCount] = start;
		ends[fieldCount] = end;
		fieldCount++;
	}

	/**
	 * Reads more bytes, first moving the unfinished line from {@code keepFrom} to the front (or
	 * growing the buffer for a line longer than it); returns how far the kept bytes moved.
	 */
	private int fill(int keepFrom) throws IOException {
		if (endOfStream) {
			return 0;
		}
		int kept = limit - keepFrom;
		if (kept == buffer.length) {
			buffer = Arrays.copyOf(buffer, buffer.length * 2);
		}
		else if (keepFrom > 0) {
			System.arraycopy(buffer, keepFrom, buffer, 0, kept);
		}
		limit = kept;
		position = Math.max(0, position - keepFrom);
		int read = in.read(buffer, limit, buffer.length - limit);
		if (read < 0) {
			endOfStream = true;
		}
		else {
			limit += read;
		}
		return keepFrom;
	}
}
