package se.regionrum.followup.report;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The final report of a programme as a web page; the PDF is made from the same template. */
@Controller
class ReportController {

	private final ReportService reports;

	ReportController(ReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/programmes/{id:\\d+}/report")
	String report(@PathVariable long id, @ModelAttribute("options") ReportOptions options, Model model) {
		model.addAttribute("report", reports.report(id, options));
		return "followup/report/page";
	}

}
