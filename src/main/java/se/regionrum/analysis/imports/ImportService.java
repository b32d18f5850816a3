package se.regionrum.analysis.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.analysis.dataset.AnalysisAccess;
import se.regionrum.analysis.imports.ImportRequest.Upload;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Uploads;

/**
 * The use cases of importing analysis data from files: upload one (administrators and editors),
 * follow the job, read its problems. What can be checked before reading (a file chosen, a format
 * the readers know) is answered at once; the file itself is read by {@link ImportExecutor} in the
 * background, since a county's road network takes a while.
 */
@Service
public class ImportService {

	static final Map<ImportKind, Set<String>> FORMATS = Map.of(ImportKind.GRID, Set.of("csv", "gpkg"),
			ImportKind.POINTS, Set.of("csv", "geojson", "json", "pbf"), ImportKind.NETWORK,
			Set.of("pbf", "geojson", "json", "gpkg"));

	static final int DEFAULT_CELL_SIZE = 250;

	private final AnalysisImportQueries store;

	private final ImportExecutor executor;

	private final AnalysisAccess access;

	private final Uploads uploads;

	private final TransactionTemplate transaction;

	ImportService(AnalysisImportQueries store, ImportExecutor executor, AnalysisAccess access, Uploads uploads,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.executor = executor;
		this.access = access;
		this.uploads = uploads;
		this.transaction = new TransactionTemplate(transactions);
	}

	public boolean mayImport() {
		return access.mayAnalyse();
	}

	/** Throws unless the current user may import, before an upload is even looked at. */
	public void requireMayImport() {
		access.requireAnalyst();
	}

	public List<ImportJob> recent() {
		access.requireAnalyst();
		return store.list(50);
	}

	public ImportJob get(long id) {
		access.requireAnalyst();
		return store.find(id).orElseThrow(() -> new NotFoundException("Analysis import", id));
	}

	/** Why a rejected job's file was not imported; empty for other jobs. */
	public List<ImportProblem> problems(long id) {
		return get(id).rejected() ? store.problems(id) : List.of();
	}

	/** What to know about a file that was imported all the same (it lies outside the region, say). */
	public List<ImportProblem> warnings(long id) {
		return get(id).done() ? store.problems(id) : List.of();
	}

	/**
	 * Stores the files in a directory of their own in the upload directory, where any server reads
	 * them, and queues the job with its row.
	 *
	 * @throws ImportRejectedException when no file is chosen or its format is not one this kind reads
	 */
	public ImportJob start(ImportRequest request) {
		CurrentUser user = access.requireAnalyst();
		Map<String, Upload> files = chosen(request.files());
		check(request, files);
		Upload first = files.values().iterator().next();
		String name = text(request.name(), first.originalName(), 300);
		String source = text(request.source(), defaultSource(files), 2000);
		int cellSize = request.cellSize() == null ? DEFAULT_CELL_SIZE : request.cellSize();
		TravelMode mode = request.kind() == ImportKind.NETWORK ? mode(request.mode()) : null;
		String dir = uploads.create("analysis-import");
		try {
			List<String> stored = new ArrayList<>();
			long bytes = 0;
			for (Map.Entry<String, Upload> e : files.entrySet()) {
				// A directory per field keeps the uploaded name, which the readers' messages then show.
				String file = e.getKey() + "/" + safeName(e.getValue().originalName());
				Path target = uploads.resolve(dir + "/" + file);
				Files.createDirectory(target.getParent());
				e.getValue().content().writeTo(target);
				stored.add(file);
				bytes += Files.size(target);
			}
			String fileNames = String.join(", ", files.values().stream().map(Upload::originalName).toList());
			long size = bytes;
			return transaction.execute(tx -> {
				long id = store.insert(request.kind(), name, source, text(fileNames, "", 1000), size,
						request.kind() == ImportKind.GRID ? cellSize : null, mode, dir, stored, user, Instant.now());
				executor.enqueue(id);
				return store.find(id).orElseThrow();
			});
		}
		catch (IOException ex) {
			uploads.delete(dir);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			uploads.delete(dir);
			throw ex;
		}
	}

	/** A network's mode from its form or request value; blank is a car's. */
	private static TravelMode mode(String value) {
		if (value == null || value.isBlank()) {
			return TravelMode.CAR;
		}
		return TravelMode.parse(value).orElseThrow(() -> new InvalidInputException("mode", "analysis.import.invalid.mode"));
	}

	private static Map<String, Upload> chosen(Map<String, Upload> files) {
		Map<String, Upload> chosen = new LinkedHashMap<>();
		files.forEach((field, upload) -> {
			if (upload != null) {
				chosen.put(field, upload);
			}
		});
		return chosen;
	}

	private static void check(ImportRequest request, Map<String, Upload> files) {
		List<ImportProblem> problems = new ArrayList<>();
		Upload file = files.get(ImportReading.FILE);
		boolean pair = request.kind() == ImportKind.NETWORK
				&& (files.containsKey(ImportReading.NODES) || files.containsKey(ImportReading.EDGES));
		if (pair) {
			if (file != null) {
				problems.add(new ImportProblem(0, ImportReading.FILE, "analysis.import.upload.fileOrPair"));
			}
			for (String field : List.of(ImportReading.NODES, ImportReading.EDGES)) {
				Upload part = files.get(field);
				if (part == null) {
					problems.add(new ImportProblem(0, field, "analysis.import.upload.pair"));
				}
				else if (!"csv".equals(ImportReading.extension(part.originalName()))) {
					problems.add(new ImportProblem(0, field, "analysis.import.upload.format", part.originalName(), "csv"));
				}
			}
		}
		else if (file == null) {
			problems.add(new ImportProblem(0, ImportReading.FILE, "analysis.import.upload.noFile"));
		}
		else if (!FORMATS.get(request.kind()).contains(ImportReading.extension(file.originalName()))) {
			problems.add(new ImportProblem(0, ImportReading.FILE, "analysis.import.upload.format", file.originalName(),
					String.join(", ", FORMATS.get(request.kind()).stream().sorted().toList())));
		}
		files.forEach((field, upload) -> {
			if (upload.size() == 0) {
				problems.add(new ImportProblem(0, field, "analysis.import.file.empty", safeName(upload.originalName())));
			}
		});
		if (request.kind() == ImportKind.GRID && request.cellSize() != null
				&& (request.cellSize() < 1 || request.cellSize() > 100_000)) {
			problems.add(new ImportProblem(0, "cellSize", "analysis.import.upload.cellSize"));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
	}

	/** OpenStreetMap's licence asks for attribution wherever its data are shown, so it is the default source. */
	private static String defaultSource(Map<String, Upload> files) {
		String names = String.join(", ", files.values().stream().map(Upload::originalName).toList());
		return files.values().stream().anyMatch(u -> "pbf".equals(ImportReading.extension(u.originalName())))
				? "© OpenStreetMap contributors, ODbL 1.0 (" + names + ")" : names;
	}

	private static String text(String given, String fallback, int max) {
		String text = given == null || given.isBlank() ? fallback : given.strip();
		text = text == null ? "" : text;
		return text.length() <= max ? text : text.substring(0, max);
	}

	/** The uploaded name without any directory part and with only harmless characters. */
	static String safeName(String originalName) {
		String name = originalName == null ? "" : originalName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
		if (name.isEmpty() || name.startsWith(".")) {
			name = "upload" + name;
		}
		return name.length() <= 200 ? name : name.substring(name.length() - 200);
	}

}
