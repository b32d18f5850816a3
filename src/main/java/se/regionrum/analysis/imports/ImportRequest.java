package se.regionrum.analysis.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * An upload to import: the kind of data set, its name and source (licence, attribution), the cell
 * size for grids that do not give one, the travel mode of a network ({@code car}, {@code walk},
 * {@code bike}; blank is car), and the files by form field ({@code file}, or {@code nodes}
 * and {@code edges} for a road network in CSV). Blank name and source default to the file name.
 */
public record ImportRequest(ImportKind kind, String name, String source, Integer cellSize, String mode,
		Map<String, Upload> files) {

	/** An uploaded file, written where the job will read it; its content stays where the web server put it until then. */
	public record Upload(String originalName, long size, Content content) {
	}

	@FunctionalInterface
	public interface Content {
		void writeTo(Path target) throws IOException;
	}

}
