package se.regionrum.actors.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/** The boundary import page for administrators (the URL space /boundaries/** is admin-only). */
@Controller
@RequestMapping("/boundaries")
class BoundaryImportController {

	/** The form fields besides the file. */
	record ImportForm(String codeProperty, String nameProperty, String source) implements Serializable {

		static ImportForm defaults() {
			return new ImportForm(BoundaryImportOptions.DEFAULT_CODE_PROPERTY,
					BoundaryImportOptions.DEFAULT_NAME_PROPERTY, "");
		}

	}

	private final BoundaryImportService boundaries;

	private final MunicipalityFeatures features;

	BoundaryImportController(BoundaryImportService boundaries, MunicipalityFeatures features) {
		this.boundaries = boundaries;
		this.features = features;
	}

	@GetMapping("/import")
	String form(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ImportForm.defaults());
		}
		return page(model);
	}

	@PostMapping("/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
			@ModelAttribute("form") ImportForm form, Model model, RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new ImportRejectedException(List.of(ImportProblem.ofFile("actors.boundary.import.empty")));
			}
			BoundaryImportOptions options = new BoundaryImportOptions(form.codeProperty(), form.nameProperty(),
					form.source(), true).withSourceIfMissing(file.getOriginalFilename());
			BoundaryImportReport report = boundaries.importGeoJson(file.getBytes(), options);
			redirect.addFlashAttribute("report", report);
			redirect.addFlashAttribute("form", form);
			return "redirect:/boundaries/import";
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
			return page(model);
		}
	}

	private String page(Model model) {
		var municipalities = features.municipalities();
		model.addAttribute("municipalityCount", municipalities.size());
		model.addAttribute("boundaryCount",
				municipalities.stream().filter(MunicipalityRow::hasBoundary).count());
		return "actors/boundaries/import";
	}

}
