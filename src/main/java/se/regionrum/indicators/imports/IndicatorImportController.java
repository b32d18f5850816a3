package se.regionrum.indicators.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.regionrum.platform.ImportPages;

/** The upload page of indicator imports, the page that follows one import, and the own-figures template. */
@Controller
@RequestMapping("/indicators/imports")
class IndicatorImportController {

	private final IndicatorImportService imports;

	IndicatorImportController(IndicatorImportService imports) {
		this.imports = imports;
	}

	/** What the form sent, shown again when it is rejected. */
	record Form(String kind, Long indicatorId, String tableId, String encoding, String kpiIds, String municipalityIds,
			String years) {
	}

	@GetMapping
	String page(Model model) {
		imports.requireMayImport();
		model.addAttribute("jobs", imports.recent());
		model.addAttribute("kinds", IndicatorImportKind.values());
		model.addAttribute("targets", imports.targets());
		model.addAttribute("encodings", IndicatorImportService.ENCODINGS);
		model.addAttribute("fetchEnabled", imports.fetchEnabled());
		model.addAttribute("fetchBaseUrl", imports.fetchBaseUrl());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new Form("KOLADA", null, null, "auto", null, null, null));
		}
		return "indicators/imports/list";
	}

	@PostMapping
	String start(@RequestParam(required = false) String kind,
			@RequestParam(required = false) List<MultipartFile> files,
			@RequestParam(required = false) MultipartFile kpis, @RequestParam(required = false) Long indicatorId,
			@RequestParam(required = false) String tableId, @RequestParam(required = false) String encoding,
			@RequestParam(required = false) String kpiIds, @RequestParam(required = false) String municipalityIds,
			@RequestParam(required = false) String years, Model model) {
		imports.requireMayImport();
		IndicatorImportRequest request = new IndicatorImportRequest(IndicatorImportApiController.kind(kind),
				IndicatorImportRequest.Upload.of(files), IndicatorImportRequest.Upload.of(kpis), indicatorId, tableId,
				encoding, kpiIds, municipalityIds, years);
		return ImportPages.start("/indicators/imports", () -> imports.start(request).id(), model, () -> {
			model.addAttribute("form", new Form(kind, indicatorId, tableId, encoding, kpiIds, municipalityIds, years));
			return page(model);
		});
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		IndicatorImportJob job = imports.get(id);
		model.addAttribute("job", job);
		model.addAttribute("problems", job.rejected() ? imports.problems(id) : null);
		return "indicators/imports/job";
	}

	/** The progress part of the job page, polled by htmx; a finished job reloads the whole page. */
	@GetMapping("/{id:\\d+}/status")
	String status(@PathVariable long id, Model model, HttpServletResponse response) {
		IndicatorImportJob job = imports.get(id);
		return ImportPages.progress("indicators/imports/job", job, job.active(), model, response);
	}

	/** The CSV template for the region's own figures, with example rows. */
	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template() {
		imports.requireMayImport();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indikator-mall.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(OwnCsvReader.TEMPLATE.getBytes(StandardCharsets.UTF_8));
	}

}
