package se.regionrum.followup.report;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import se.regionrum.platform.PdfDocuments;

/** The final report of a programme as a web page and as a PDF, both from one template. */
@Controller
class ReportController {

	private final ReportService reports;

	private final PdfDocuments pdfs;

	ReportController(ReportService reports, PdfDocuments pdfs) {
		this.reports = reports;
		this.pdfs = pdfs;
	}

	@GetMapping("/programmes/{id:\\d+}/report")
	String report(@PathVariable long id, @ModelAttribute("options") ReportOptions options, Model model) {
		model.addAttribute("report", reports.report(id, options));
		return "followup/report/page";
	}

	@GetMapping("/programmes/{id:\\d+}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @ModelAttribute("options") ReportOptions options, Locale locale) {
		FinalReport report = reports.report(id, options);
		return PdfDocuments.download(reports.pdf(report, locale), "slutrapport-" + id + ".pdf");
	}

}
