package se.regionrum.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How uploaded text files are decoded: UTF-8 when every byte decodes as UTF-8 (with or without a
 * byte order mark), else ISO-8859-1, as SCB and older spreadsheets write them. A Latin-1 file with
 * Swedish letters is never valid UTF-8 (å is the single byte E5), so the guess only errs for files
 * that are pure ASCII, where both read the same.
 */
public final class TextEncoding {

	private static final int BUFFER = 64 * 1024;

	private TextEncoding() {
	}

	/** A UTF-8 decoder that reports malformed input instead of replacing it. */
	public static CharsetDecoder strictUtf8() {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/** The text of valid UTF-8, without a byte order mark; empty when the bytes are not UTF-8. */
	public static Optional<String> utf8(byte[] content) {
		try {
			String text = strictUtf8().decode(ByteBuffer.wrap(content)).toString();
			return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	/** The text of the bytes: UTF-8 when they are valid UTF-8 (see {@link #utf8}), else ISO-8859-1. */
	public static String utf8OrLatin1(byte[] content) {
		return utf8(content).orElseGet(() -> new String(content, StandardCharsets.ISO_8859_1));
	}

	/** UTF-8 when the whole file is valid UTF-8, else ISO-8859-1; reads the file once, in chunks. */
	public static Charset detect(Path file) throws IOException {
		CharsetDecoder decoder = strictUtf8();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[BUFFER];
			ByteBuffer bytes = ByteBuffer.allocate(buffer.length + 8);
			CharBuffer chars = CharBuffer.allocate(buffer.length + 8);
			int n;
			while ((n = in.read(buffer)) > 0) {
				bytes.put(buffer, 0, n).flip();
				if (decoder.decode(bytes, chars, false).isError()) {
					return StandardCharsets.ISO_8859_1;
				}
				bytes.compact();
				chars.clear();
			}
			bytes.flip();
			if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError()) {
				return StandardCharsets.ISO_8859_1;
			}
		}
		return StandardCharsets.UTF_8;
	}

}
