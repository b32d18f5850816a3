package se.regionrum.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The directory uploaded (and fetched) files wait in until a background job has read them
 * ({@code regionrum.uploads.dir}). Every application server must see the same directory: a job
 * queued on one server may run, or be taken over after a crash, on another. A job has a
 * sub-directory of its own; its row holds the sub-directory's name relative to this directory, so
 * servers may mount it at different paths.
 */
@Component
public class Uploads {

	private static final Logger log = LoggerFactory.getLogger(Uploads.class);

	private final Path root;

	public Uploads(@Value("${regionrum.uploads.dir:data/uploads}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/**
	 * Creates a new, empty sub-directory for one job.
	 *
	 * @param prefix tells whose it is when an operator looks, e.g. {@code analysis-import}
	 * @return its name relative to the upload directory, for the job's row
	 */
	public String create(String prefix) {
		if (!prefix.matches("[a-z-]+")) {
			throw new IllegalArgumentException("not a directory prefix: " + prefix);
		}
		String name = prefix + "-" + UUID.randomUUID();
		try {
			Files.createDirectories(root);
			Files.createDirectory(root.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create an upload directory in " + root, ex);
		}
		return name;
	}

	/**
	 * The path of a job's directory or a file in it, given relative to the upload directory.
	 *
	 * @throws IllegalArgumentException when the path leads out of the upload directory
	 */
	public Path resolve(String relative) {
		Path path = root.resolve(relative).normalize();
		if (!path.startsWith(root) || path.equals(root)) {
			throw new IllegalArgumentException("not inside the upload directory: " + relative);
		}
		return path;
	}

	/**
	 * Deletes a job's directory with the files in it, once nothing will read them again; what cannot
	 * be deleted is logged, not thrown. Null (a job without files, or already cleaned up) is ignored.
	 */
	public void delete(String relative) {
		if (relative == null || relative.isBlank()) {
			return;
		}
		Path dir;
		try {
			dir = resolve(relative);
		}
		catch (IllegalArgumentException ex) {
			// a row written before the upload directory existed held an absolute temporary path
			log.warn("Not deleting {}: {}", relative, ex.getMessage());
			return;
		}
		if (!Files.exists(dir)) {
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
