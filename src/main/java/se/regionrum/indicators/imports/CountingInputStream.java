package se.regionrum.indicators.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells how many bytes have been read through it, so that a job's progress follows the file. */
final class CountingInputStream extends FilterInputStream {

	private final LongConsumer listener;

	private long count;

	CountingInputStream(InputStream in, long start, LongConsumer listener) {
		super(in);
		this.count = start;
		this.listener = listener;
	}

	long count() {
		return count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count++;
			if ((count & 0xFFFF) == 0) {
				listener.accept(count);
			}
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count += n;
			listener.accept(count);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		count += skipped;
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

}
