package se.regionrum.platform.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The directories an import's uploaded or fetched files wait in until it has read them. */
public final class WorkDirectories {

	private static final Logger log = LoggerFactory.getLogger(WorkDirectories.class);

	private WorkDirectories() {
	}

	/** Deletes the directory and everything in it; what cannot be deleted is logged, not thrown. */
	public static void delete(Path dir) {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				}
				catch (IOException ex) {
					log.warn("Could not delete uploaded file {}: {}", p, ex.getMessage());
				}
			});
		}
		catch (IOException ex) {
			log.warn("Could not delete upload directory {}: {}", dir, ex.getMessage());
		}
	}

}
