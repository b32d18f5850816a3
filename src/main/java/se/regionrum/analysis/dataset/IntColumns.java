package se.regionrum.analysis.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Int columns (one value per cell) as compact bytes for binary database columns: big-endian ints,
 * deflated. Times and distances of neighbouring cells are alike, so they shrink several times.
 */
public final class IntColumns {

	private IntColumns() {
	}

	public static byte[] pack(int[] values) {
		ByteBuffer raw = ByteBuffer.allocate(4 + 4 * values.length);
		raw.putInt(values.length);
		raw.asIntBuffer().put(values);
		return deflate(raw.array());
	}

	public static int[] unpack(byte[] packed) {
		ByteBuffer raw = ByteBuffer.wrap(inflate(packed));
		int length = raw.getInt();
		int[] values = new int[length];
		raw.asIntBuffer().get(values);
		return values;
	}

	public static byte[] deflate(byte[] raw) {
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try {
			deflater.setInput(raw);
			deflater.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 4));
			byte[] buffer = new byte[64 * 1024];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
	}

	public static byte[] inflate(byte[] packed) {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(packed);
			ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
			byte[] buffer = new byte[64 * 1024];
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					throw new UncheckedIOException(new IOException("truncated column data"));
				}
				out.write(buffer, 0, n);
			}
			return out.toByteArray();
		}
		catch (DataFormatException ex) {
			throw new UncheckedIOException(new IOException("corrupt column data", ex));
		}
		finally {
			inflater.end();
		}
	}

}
