package se.regionrum.analysis.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a data set's content: the version a run records and compares. */
final class Checksums {

	private final MessageDigest digest;

	Checksums() {
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

	Checksums add(byte[] bytes) {
		digest.update(bytes);
		return this;
	}

	Checksums add(Object value) {
		digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
		return this;
	}

	String hex() {
		return HexFormat.of().formatHex(digest.digest());
	}

}
