package se.regionrum.followup.dashboard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import se.regionrum.platform.CsvExport;

/** The municipal engagement page: a sortable table, a map, and the table as CSV. Signed-in users only. */
@Controller
class EngagementController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final EngagementService service;

	EngagementController(EngagementService service) {
		this.service = service;
	}

	@GetMapping("/engagement")
	String page(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String measure, Model model) {
		EngagementMeasure sortBy = sortOf(sort);
		boolean descending = "desc".equalsIgnoreCase(dir);
		EngagementMeasure shown = EngagementMeasure.of(measure);
		model.addAttribute("engagement", service.page(sortBy, descending, shown));
		model.addAttribute("sort", sortBy == null ? "name" : sortBy.name());
		model.addAttribute("descending", descending);
		model.addAttribute("measures", EngagementMeasure.values());
		return "followup/dashboard/engagement";
	}

	@GetMapping("/engagement/map.geojson")
	ResponseEntity<byte[]> map(@RequestParam(required = false) String measure, Locale locale) {
		return ResponseEntity.ok().contentType(GEO_JSON).cacheControl(CacheControl.noCache())
			.body(service.mapFeatures(EngagementMeasure.of(measure), locale));
	}

	@GetMapping("/engagement/export.csv")
	void csv(HttpServletResponse response) throws IOException {
		List<EngagementRow> rows = service.rows(null, false);
		CsvExport.download(response, "kommunernas-engagemang.csv");
		List<List<?>> lines = new ArrayList<>();
		for (EngagementRow r : rows) {
			lines.add(List.of(r.scbCode() == null ? "" : r.scbCode(), r.name(), r.meetingsHeld(), r.participants(),
					r.registrations(), r.initiatives(), r.practiceCases(), r.currentPlans(), r.consultationResponses(),
					r.score(), r.engaged() ? "yes" : "no"));
		}
		CsvExport.write(response.getOutputStream(), List.of("scb_code", "municipality", "meetings_held", "participants",
				"registrations", "initiatives", "practice_cases", "current_plan_types", "consultation_responses",
				"score", "engaged"), lines);
	}

	/** {@code null} (by name) unless the parameter names a measure. */
	static EngagementMeasure sortOf(String sort) {
		if (sort == null || sort.isBlank() || "name".equalsIgnoreCase(sort)) {
			return null;
		}
		return EngagementMeasure.of(sort);
	}

}
