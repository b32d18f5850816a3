package se.regionrum.analysis;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The real data extracts under {@code src/test/resources/analysis/} (see the README there). */
public final class TestData {

	private TestData() {
	}

	public static Path path(String file) {
		try {
			return Path.of(TestData.class.getResource("/analysis/" + file).toURI());
		}
		catch (URISyntaxException | NullPointerException ex) {
			throw new IllegalStateException("test data file missing: " + file, ex);
		}
	}
}
