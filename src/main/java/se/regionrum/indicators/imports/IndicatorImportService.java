package se.regionrum.indicators.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.indicators.Areas;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.Indicators;
import se.regionrum.indicators.imports.IndicatorImportRequest.Upload;
import se.regionrum.indicators.kolada.KoladaClient;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Uploads;

/**
 * Starts indicator imports and answers their state. Indicators are the region's shared figures, so
 * only administrators import (as only they change indicators). What can be checked before reading
 * (files chosen, their format by name, the options) is rejected at once with the field named; the
 * files are then stored in a directory of their own in the shared upload directory and read by
 * {@link IndicatorImportExecutor} in the background, on whichever server claims the job.
 */
@Service
public class IndicatorImportService {

	static final List<String> ENCODINGS = List.of("auto", "UTF-8", "ISO-8859-1", "windows-1252");

	private final IndicatorImportQueries store;

	private final IndicatorImportExecutor executor;

	private final Permissions permissions;

	private final Indicators indicators;

	private final Areas areas;

	private final KoladaClient kolada;

	private final Uploads uploads;

	private final TransactionTemplate transaction;

	IndicatorImportService(IndicatorImportQueries store, IndicatorImportExecutor executor, Permissions permissions,
			Indicators indicators, Areas areas, KoladaClient kolada, Uploads uploads,
			PlatformTransactionManager transactions) {
		this.uploads = uploads;
		this.transaction = new TransactionTemplate(transactions);
		this.store = store;
		this.executor = executor;
		this.permissions = permissions;
		this.indicators = indicators;
		this.areas = areas;
		this.kolada = kolada;
	}

	public boolean mayImport() {
		return permissions.isAdmin();
	}

	/** Throws unless the current user may import, before an upload is even looked at. */
	public CurrentUser requireMayImport() {
		return permissions.requireAdmin();
	}

	public boolean fetchEnabled() {
		return kolada.enabled();
	}

	public String fetchBaseUrl() {
		return kolada.baseUrl();
	}

	public List<IndicatorImportJob> recent() {
		requireMayImport();
		return store.list(50);
	}

	public IndicatorImportJob get(long id) {
		requireMayImport();
		return store.find(id).orElseThrow(() -> new NotFoundException("Indicator import", id));
	}

	/** Why a rejected job's files were not imported; empty for other jobs. */
	public List<ImportProblem> problems(long id) {
		return get(id).rejected() ? store.problems(id) : List.of();
	}

	/** The indicators an own CSV can go into. */
	public List<IndicatorRef> targets() {
		requireMayImport();
		return indicators.all();
	}

	/**
	 * Stores the files in a directory of their own in the shared upload directory and queues the job with its row.
	 *
	 * @throws ImportRejectedException naming the field of every problem of the form
	 */
	public IndicatorImportJob start(IndicatorImportRequest request) {
		CurrentUser user = requireMayImport();
		List<ImportProblem> problems = new ArrayList<>();
		IndicatorImportKind kind = request.kind();
		List<Upload> files = request.files() == null ? List.of() : request.files();
		Upload kpis = request.kpis();
		String tableId = blank(request.tableId());
		Charset charset = null;
		KoladaClient.Request fetch = null;
		String options = "";
		if (kind == null) {
			throw new ImportRejectedException(List.of(new ImportProblem(0, "kind", "indicatorimports.upload.kind")));
		}
		if (kind != IndicatorImportKind.KOLADA && kpis != null) {
			problems.add(new ImportProblem(0, "kpis", "indicatorimports.upload.kpisOnlyKolada"));
		}
		switch (kind) {
			case KOLADA -> {
				requireFiles(files, 100, Extension.JSON, problems);
				if (kpis != null) {
					check(kpis, "kpis", Extension.JSON, problems);
				}
			}
			case KOLADA_FETCH -> {
				if (!kolada.enabled()) {
					problems.add(new ImportProblem(0, "kind", "indicatorimports.upload.fetchDisabled"));
				}
				noFiles(files, problems);
				fetch = fetchRequest(request, problems);
				options = "KPI: " + String.join(",", fetch.kpis()) + "; " + String.join(",", fetch.municipalities())
						+ (fetch.years().isEmpty() ? "" : "; " + fetch.years());
			}
			case SCB_JSONSTAT -> {
				requireFiles(files, 1, Extension.JSON, problems);
				checkTableId(tableId, false, problems);
				options = tableId == null ? "" : tableId;
			}
			case SCB_CSV, OWN_CSV -> {
				requireFiles(files, 1, Extension.CSV, problems);
				charset = charset(request.encoding(), problems);
				String encoding = charset == null ? "auto" : charset.name();
				if (kind == IndicatorImportKind.SCB_CSV) {
					checkTableId(tableId, true, problems);
					options = (tableId == null ? "" : tableId) + "; " + encoding;
				}
				else {
					IndicatorRef target = request.indicatorId() == null ? null
							: indicators.find(request.indicatorId()).orElse(null);
					if (target == null) {
						problems.add(new ImportProblem(0, "indicatorId", "indicatorimports.upload.indicator"));
					}
					else {
						options = target.name() + " (" + target.code() + "); " + encoding;
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return queue(kind, files, kpis, request.indicatorId(), tableId, charset, fetch, options, user);
	}

	private IndicatorImportJob queue(IndicatorImportKind kind, List<Upload> files, Upload kpis, Long indicatorId,
			String tableId, Charset charset, KoladaClient.Request fetch, String options, CurrentUser user) {
		String dir = uploads.create("indicator-import");
		try {
			List<String> stored = new ArrayList<>();
			List<String> names = new ArrayList<>();
			long bytes = 0;
			if (kpis != null) {
				bytes += store(dir, IndicatorImportExecutor.KPIS, kpis, stored, names);
			}
			int n = 0;
			for (Upload u : files) {
				bytes += store(dir, "f" + (++n), u, stored, names);
			}
			String fileNames = kind == IndicatorImportKind.KOLADA_FETCH ? kolada.baseUrl() : String.join(", ", names);
			IndicatorImportQueries.StoredUpload upload = new IndicatorImportQueries.StoredUpload(kind, dir, stored,
					indicatorId, tableId, charset == null ? null : charset.name(), fetch,
					fetch == null ? null : kolada.baseUrl());
			long size = bytes;
			return transaction.execute(tx -> {
				long id = store.insert(kind, fileNames, size, options, upload, user, Instant.now());
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

	/** Writes an upload into a sub-directory of its own of the job's directory (keeping its name); returns its size. */
	private long store(String dir, String subDirectory, Upload upload, List<String> stored, List<String> names)
			throws IOException {
		String file = subDirectory + "/" + safeName(upload.originalName());
		Path target = uploads.resolve(dir + "/" + file);
		Files.createDirectory(target.getParent());
		upload.content().writeTo(target);
		stored.add(file);
		names.add(target.getFileName().toString());
		return Files.size(target);
	}

	private enum Extension {
		JSON(List.of("json")), CSV(List.of("csv", "txt"));

		final List<String> names;

		Extension(List<String> names) {
			this.names = names;
		}
	}

	private static void requireFiles(List<Upload> files, int max, Extension extension, List<ImportProblem> problems) {
		if (files.isEmpty()) {
			problems.add(new ImportProblem(0, "files", "indicatorimports.upload.noFile"));
			return;
		}
		if (files.size() > max) {
			problems.add(new ImportProblem(0, "files", "indicatorimports.upload.tooMany", max));
		}
		files.forEach(f -> check(f, "files", extension, problems));
	}

	private static void check(Upload file, String field, Extension extension, List<ImportProblem> problems) {
		String name = file.originalName() == null ? "" : file.originalName().toLowerCase(Locale.ROOT);
		String ext = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1);
		if (!extension.names.contains(ext)) {
			problems.add(new ImportProblem(0, field, "indicatorimports.upload.format", safeName(file.originalName()),
					String.join(", ", extension.names.stream().map(e -> "." + e).toList())));
		}
		else if (file.size() == 0) {
			problems.add(new ImportProblem(0, field, "indicatorimports.upload.empty", safeName(file.originalName())));
		}
	}

	private static void noFiles(List<Upload> files, List<ImportProblem> problems) {
		if (!files.isEmpty()) {
			problems.add(new ImportProblem(0, "files", "indicatorimports.upload.noFilesForFetch"));
		}
	}

	private static void checkTableId(String tableId, boolean required, List<ImportProblem> problems) {
		if (tableId == null) {
			if (required) {
				problems.add(new ImportProblem(0, "tableId", "indicatorimports.upload.tableId"));
			}
		}
		else if (!tableId.matches("[A-Za-z0-9_]{1,100}")) {
			problems.add(new ImportProblem(0, "tableId", "indicatorimports.upload.tableIdFormat", tableId));
		}
	}

	private static Charset charset(String encoding, List<ImportProblem> problems) {
		String e = blank(encoding);
		if (e == null || e.equalsIgnoreCase("auto")) {
			return null;
		}
		for (String known : ENCODINGS) {
			if (known.equalsIgnoreCase(e) && !known.equals("auto")) {
				return Charset.forName(known);
			}
		}
		problems.add(new ImportProblem(0, "encoding", "indicatorimports.upload.encoding", e));
		return StandardCharsets.UTF_8;
	}

	private KoladaClient.Request fetchRequest(IndicatorImportRequest request, List<ImportProblem> problems) {
		List<String> kpis = split(request.kpiIds()).stream().map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
		if (kpis.isEmpty()) {
			problems.add(new ImportProblem(0, "kpiIds", "indicatorimports.upload.kpiIds"));
		}
		kpis.stream().filter(k -> !k.matches("[A-Z0-9]{1,40}")).forEach(
				k -> problems.add(new ImportProblem(0, "kpiIds", "indicatorimports.upload.kpiIdFormat", k)));
		List<String> municipalities = split(request.municipalityIds()).stream().distinct().toList();
		if (municipalities.isEmpty()) {
			problems.add(new ImportProblem(0, "municipalityIds", "indicatorimports.upload.municipalityIds"));
		}
		municipalities.stream().filter(m -> !areas.known(m)).forEach(
				m -> problems.add(new ImportProblem(0, "municipalityIds", "indicatorimports.problem.unknownArea", m)));
		List<Integer> years = new ArrayList<>();
		for (String y : split(request.years())) {
			if (y.matches("\\d{4}")) {
				years.add(Integer.valueOf(y));
			}
			else {
				problems.add(new ImportProblem(0, "years", "indicatorimports.problem.year", y));
			}
		}
		return new KoladaClient.Request(kpis, municipalities, years.stream().distinct().sorted().toList());
	}

	private static List<String> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
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
