package se.regionrum.platform.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accessibility statement (tillgänglighetsredogörelse) that Swedish law (DOS-lagen)
 * requires, with a form to report a problem; reports reach the administrators.
 */
@Controller
class AccessibilityController {

	private final AccessibilityReports reports;

	private final RegionProperties region;

	AccessibilityController(AccessibilityReports reports, RegionProperties region) {
		this.reports = reports;
		this.region = region;
	}

	record ReportForm(@Size(max = 500, message = "{validation.tooLong}") String pageUrl,
			@NotBlank(message = "{accessibility.description.required}") @Size(max = 4000,
					message = "{validation.tooLong}") String description,
			@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email) {
	}

	@GetMapping("/accessibility")
	String statement(@RequestParam(required = false) String page, Model model) {
		model.addAttribute("report", new ReportForm(page, "", ""));
		model.addAttribute("contactEmail", region.contactEmail());
		return "platform/accessibility";
	}

	@PostMapping("/accessibility/report")
	String report(@Valid @ModelAttribute("report") ReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("contactEmail", region.contactEmail());
			return "platform/accessibility";
		}
		reports.submit(form.pageUrl(), form.description(), form.email());
		redirect.addFlashAttribute("reported", true);
		return "redirect:/accessibility";
	}

	@GetMapping("/admin/accessibility-reports")
	String list(Model model) {
		model.addAttribute("reports", reports.list());
		return "platform/accessibility-reports";
	}

}
