package se.regionrum.indicators.flow;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.platform.ImportRejectedException;

/** The import page for commuting flows (administrators and editors). */
@Controller
class FlowImportController {

	/** The form fields besides the file. */
	record ImportForm(FlowEncoding encoding, Boolean example) {
	}

	private final FlowImportService imports;

	FlowImportController(FlowImportService imports) {
		this.imports = imports;
	}

	@GetMapping("/indicators/flows/import")
	String form(Model model) {
		imports.requireMayImport();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ImportForm(FlowEncoding.AUTO, false));
		}
		return page(model);
	}

	@PostMapping("/indicators/flows/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
			@ModelAttribute("form") ImportForm form, Model model, RedirectAttributes redirect) throws IOException {
		imports.requireMayImport();
		try {
			FlowImportResult result = imports.importFile(file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes(), new FlowImportOptions(form.encoding(), Boolean.TRUE.equals(form.example())));
			redirect.addFlashAttribute("result", result);
			return "redirect:/indicators/flows/import";
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
			return page(model);
		}
	}

	private String page(Model model) {
		model.addAttribute("encodings", List.of(FlowEncoding.values()));
		return "indicators/flows/import";
	}

}
