package se.regionrum.indicators.imports;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.regionrum.platform.ImportProblem;

@RestController
@RequestMapping("/api/v1/indicators/imports")
@Tag(name = "Indicators")
class IndicatorImportApiController {

	private final IndicatorImportService imports;

	private final MessageSource messages;

	IndicatorImportApiController(IndicatorImportService imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	/** One problem: row (CSV line, header 1; 0 for JSON and the whole file) and column or JSON path. */
	record Problem(int row, String column, String messageKey, String message) {
	}

	record ImportJobDetails(IndicatorImportJob job, List<Problem> problems) {
	}

	static IndicatorImportKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return IndicatorImportKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import indicator values from Kolada, SCB or the own CSV template",
			description = "kind KOLADA (files: Kolada v3 data pages; kpis: its /kpi metadata, to create indicators for "
					+ "unknown KPIs), KOLADA_FETCH (kpiIds, municipalityIds, years; only when regionrum.indicators.kolada.enabled), "
					+ "SCB_JSONSTAT (one JSON-stat2 file; tableId or the file's extension.px.tableid), SCB_CSV (one CSV; "
					+ "tableId; encoding auto, UTF-8 or ISO-8859-1) or OWN_CSV (area_code;year;value;gender into indicatorId). "
					+ "Answers 202 Accepted with the queued job and its Location; the files are read in the background and "
					+ "saved all-or-nothing. A form problem is 400 at once. Administrators only.",
			operationId = "importIndicatorValues")
	ResponseEntity<IndicatorImportJob> start(
			@Parameter(description = "KOLADA, KOLADA_FETCH, SCB_JSONSTAT, SCB_CSV or OWN_CSV") @RequestParam(required = false) String kind,
			@Parameter(description = "the data files") @RequestParam(required = false) List<MultipartFile> files,
			@Parameter(description = "Kolada KPI metadata (KOLADA only)") @RequestParam(required = false) MultipartFile kpis,
			@Parameter(description = "target indicator (OWN_CSV)") @RequestParam(required = false) Long indicatorId,
			@Parameter(description = "SCB table id, e.g. TAB638") @RequestParam(required = false) String tableId,
			@Parameter(description = "auto, UTF-8 or ISO-8859-1 (CSV)") @RequestParam(required = false) String encoding,
			@Parameter(description = "KPI ids to fetch") @RequestParam(required = false) String kpiIds,
			@Parameter(description = "area codes to fetch") @RequestParam(required = false) String municipalityIds,
			@Parameter(description = "years to fetch (all when empty)") @RequestParam(required = false) String years) {
		IndicatorImportJob job = imports.start(new IndicatorImportRequest(kind(kind), IndicatorImportRequest.Upload.of(files),
				IndicatorImportRequest.Upload.of(kpis), indicatorId, tableId, encoding, kpiIds, municipalityIds, years));
		return ResponseEntity.accepted().location(URI.create("/api/v1/indicators/imports/" + job.id())).body(job);
	}

	@GetMapping
	@Operation(summary = "Recent indicator imports, newest first (administrators)", operationId = "listIndicatorImports")
	List<IndicatorImportJob> list() {
		return imports.recent();
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "One indicator import: status, progress, values read, or every problem of its files",
			description = "status QUEUED, RUNNING, DONE, REJECTED (problems listed, nothing saved) or FAILED (messageKey).",
			operationId = "getIndicatorImport")
	ImportJobDetails get(@PathVariable long id, Locale locale) {
		IndicatorImportJob job = imports.get(id);
		List<Problem> problems = imports.problems(id).stream().map(p -> problem(p, locale)).toList();
		return new ImportJobDetails(job, problems);
	}

	private Problem problem(ImportProblem p, Locale locale) {
		return new Problem(p.row(), p.column(), p.messageKey(),
				messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
	}

}
