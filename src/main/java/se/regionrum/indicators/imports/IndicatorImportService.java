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

import se.regionrum.indicators.Areas;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.Indicators;
import se.regionrum.indicators.imports.IndicatorImportRequest.Upload;
import se.regionrum.indicators.kolada.KoladaClient;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportQueue;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;

/**
 * Starts indicator imports and answers their state. Indicators are the region's shared figures, so
 * only administrators import (as only they change indicators). What can be checked before reading
 * (files chosen, their format by name, the options) is rejected at once with the field named; the
 * files are then stored in a work directory of their own and read by {@link IndicatorImportExecutor}
 * in the background.
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

	IndicatorImportService(IndicatorImportQueries store, IndicatorImportExecutor executor, Permissions permissions,
			Indicators indicators, Areas areas, KoladaClient kolada) {
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
	 * Stores the files in a work directory of their own and queues the job.
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
		Path dir = null;
		try {
			dir = Files.createTempDirectory("regionrum-indicator-import-");
			List<Path> paths = new ArrayList<>();
			long bytes = 0;
			int n = 0;
			for (Upload u : files) {
				Path target = Files.createDirectory(dir.resolve("f" + (++n))).resolve(safeName(u.originalName()));
				u.content().writeTo(target);
				paths.add(target);
				bytes += Files.size(target);
			}
			List<Path> kpiPaths = new ArrayList<>();
			if (kpis != null) {
				Path target = Files.createDirectory(dir.resolve("kpis")).resolve(safeName(kpis.originalName()));
				kpis.content().writeTo(target);
				kpiPaths.add(target);
				bytes += Files.size(target);
			}
			List<String> names = new ArrayList<>();
			kpiPaths.forEach(p -> names.add(p.getFileName().toString()));
			paths.forEach(p -> names.add(p.getFileName().toString()));
			String fileNames = kind == IndicatorImportKind.KOLADA_FETCH ? kolada.baseUrl() : String.join(", ", names);
			long id = store.insert(kind, fileNames, bytes, options, dir.toString(), user.username(), Instant.now());
			executor.submit(new IndicatorImportExecutor.Work(id, kind, paths, kpiPaths, indicatorId, tableId, charset,
					fetch, dir));
			return store.find(id).orElseThrow();
		}
		catch (IOException ex) {
			ImportQueue.deleteWorkDir(dir);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			ImportQueue.deleteWorkDir(dir);
			throw ex;
		}
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
