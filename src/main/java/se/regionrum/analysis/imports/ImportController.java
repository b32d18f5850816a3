package se.regionrum.analysis.imports;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.platform.ImportPages;

/** The upload page for the analysis data sets and the page that follows one import. */
@Controller
@RequestMapping("/analysis/imports")
class ImportController {

	private final ImportService imports;

	private final DataSetService data;

	ImportController(ImportService imports, DataSetService data) {
		this.imports = imports;
		this.data = data;
	}

	@GetMapping
	String page(Model model) {
		imports.requireMayImport();
		model.addAttribute("jobs", imports.recent());
		model.addAttribute("types", data.serviceTypes());
		model.addAttribute("defaultCellSize", ImportService.DEFAULT_CELL_SIZE);
		model.addAttribute("modes", TravelMode.values());
		return "analysis/imports";
	}

	@PostMapping("/grid")
	String grid(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String name,
			@RequestParam(required = false) String source, @RequestParam(required = false) Integer cellSize,
			Model model) {
		return start(new ImportRequest(ImportKind.GRID, name, source, cellSize, null,
				UploadedFiles.byField(file, null, null)), model);
	}

	@PostMapping("/points")
	String points(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String name,
			@RequestParam(required = false) String source, Model model) {
		return start(new ImportRequest(ImportKind.POINTS, name, source, null, null,
				UploadedFiles.byField(file, null, null)), model);
	}

	@PostMapping("/network")
	String network(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) MultipartFile nodes, @RequestParam(required = false) MultipartFile edges,
			@RequestParam(required = false) String name, @RequestParam(required = false) String source,
			@RequestParam(required = false) String mode, Model model) {
		return start(new ImportRequest(ImportKind.NETWORK, name, source, null, mode,
				UploadedFiles.byField(file, nodes, edges)), model);
	}

	private String start(ImportRequest request, Model model) {
		imports.requireMayImport();
		return ImportPages.start("/analysis/imports", () -> imports.start(request).id(), model, () -> {
			model.addAttribute("rejectedKind", request.kind().name());
			return page(model);
		});
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		ImportJob job = imports.get(id);
		model.addAttribute("job", job);
		if (job.rejected()) {
			model.addAttribute("problems", imports.problems(id));
		}
		model.addAttribute("warnings", imports.warnings(id));
		return "analysis/import";
	}

	/** The progress part of the job page, polled by htmx; a finished job reloads the whole page. */
	@GetMapping("/{id:\\d+}/status")
	String status(@PathVariable long id, Model model, HttpServletResponse response) {
		ImportJob job = imports.get(id);
		return ImportPages.progress("analysis/import", job, job.active(), model, response);
	}

}
