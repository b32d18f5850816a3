package se.regionrum.analysis.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/**
 * Collects every problem a reader finds, so that one rejection names them all. A file broken on
 * every row would otherwise fill memory with messages nobody reads, so after {@value #LIMIT}
 * problems only a count is kept.
 */
public final class Problems {

	static final int LIMIT = 500;

	private static final Logger log = LoggerFactory.getLogger(Problems.class);

	private final List<ImportProblem> problems = new ArrayList<>();
	private int omitted;

	/** A problem in one row (CSV line, header = 1) or feature (1-based) and column or property. */
	public void add(int row, String column, String messageKey, Object... arguments) {
		if (problems.size() < LIMIT) {
			problems.add(new ImportProblem(row, column, messageKey, arguments));
		}
		else {
			omitted++;
		}
	}

	public void addFile(String messageKey, Object... arguments) {
		add(0, null, messageKey, arguments);
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	public int count() {
		return problems.size() + omitted;
	}

	/** Rejects the file when anything was found; nothing read so far may be used then. */
	public void throwIfAny() {
		if (problems.isEmpty()) {
			return;
		}
		List<ImportProblem> all = new ArrayList<>(problems);
		if (omitted > 0) {
			all.add(ImportProblem.ofFile("analysis.import.moreProblems", omitted));
		}
		throw new ImportRejectedException(all);
	}

	/**
	 * A problem that stops reading at once: the file as a whole cannot be read. Every such message
	 * names the file (its first argument), since a command reads several.
	 */
	public static ImportRejectedException fileRejected(String messageKey, Object... arguments) {
		return new ImportRejectedException(List.of(ImportProblem.ofFile(messageKey, arguments)));
	}

	/**
	 * The file could not be read at all (gone, a directory, no permission): the user gets a sentence
	 * naming the file, the log the system's words for the cause.
	 */
	public static ImportRejectedException unreadable(Path file, IOException cause) {
		log.info("Cannot read {}: {}", file, cause.toString());
		return fileRejected("analysis.import.file.unreadable", file.getFileName().toString());
	}
}
