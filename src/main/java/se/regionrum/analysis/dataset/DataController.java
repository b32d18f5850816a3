package se.regionrum.analysis.dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.regionrum.analysis.dataset.DataSets.PointSetInfo;
import se.regionrum.analysis.dataset.DataSets.ServicePoint;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.PageResult;

/** The analysis inputs: the data sets with their versions, and the service points with filter and exports. */
@Controller
@RequestMapping("/analysis")
class DataController {

	static final int PAGE_SIZE = 50;

	private final DataSetService data;

	private final MunicipalityLocator municipalities;

	private final PointExports exports;

	private final AnalysisAccess access;

	DataController(DataSetService data, MunicipalityLocator municipalities, PointExports exports, AnalysisAccess access) {
		this.data = data;
		this.municipalities = municipalities;
		this.exports = exports;
		this.access = access;
	}

	/** The points list's filter; the newest set when none is chosen. */
	record PointFilter(Long set, String type, Long municipality, String q) {
	}

	@GetMapping("/data")
	String dataSets(Model model) {
		model.addAttribute("grids", data.grids());
		model.addAttribute("pointSets", data.pointSets());
		model.addAttribute("networks", data.networks());
		model.addAttribute("mayImport", access.mayAnalyse());
		return "analysis/data";
	}

	@GetMapping("/points")
	String points(@ModelAttribute("filter") PointFilter filter, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model) {
		List<PointSetInfo> sets = data.pointSets();
		model.addAttribute("pointSets", sets);
		model.addAttribute("typeNames", typeNames(locale));
		model.addAttribute("municipalityNames", municipalities.names());
		List<Map.Entry<Long, String>> options = new ArrayList<>(municipalities.names().entrySet());
		options.sort(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER));
		model.addAttribute("municipalityOptions", options);
		PointSetInfo set = chosen(filter, sets);
		model.addAttribute("set", set);
		if (set == null) {
			model.addAttribute("result", new PageResult<ServicePoint>(List.of(), 0, PAGE_SIZE, 0));
			return "analysis/points";
		}
		List<ServicePoint> all = data.points(set.id(), filter.type(), filter.municipality(), filter.q());
		int shown = PageResult.clampPage(page, PAGE_SIZE, all.size());
		model.addAttribute("result", new PageResult<>(
				all.subList(Math.min(all.size(), shown * PAGE_SIZE), Math.min(all.size(), (shown + 1) * PAGE_SIZE)),
				shown, PAGE_SIZE, all.size()));
		return "analysis/points";
	}

	@GetMapping("/points/export.csv")
	void pointsCsv(@ModelAttribute PointFilter filter, Locale locale, HttpServletResponse response) throws IOException {
		PointSetInfo set = chosen(filter, data.pointSets());
		CsvExport.download(response, "servicestallen.csv");
		exports.csv(set == null ? List.of() : data.points(set.id(), filter.type(), filter.municipality(), filter.q()),
				typeNames(locale), municipalities.names(), response.getOutputStream());
	}

	@GetMapping("/points/export.geojson")
	void pointsGeoJson(@ModelAttribute PointFilter filter, Locale locale, HttpServletResponse response)
			throws IOException {
		PointSetInfo set = chosen(filter, data.pointSets());
		response.setContentType("application/geo+json");
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"servicestallen.geojson\"");
		exports.geoJson(set == null ? List.of() : data.points(set.id(), filter.type(), filter.municipality(), filter.q()),
				typeNames(locale), municipalities.names(), response.getOutputStream());
	}

	private static PointSetInfo chosen(PointFilter filter, List<PointSetInfo> sets) {
		if (filter.set() != null) {
			return sets.stream().filter(s -> s.id() == filter.set()).findFirst().orElse(null);
		}
		return sets.isEmpty() ? null : sets.get(0);
	}

	private Map<String, String> typeNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (ServiceType t : data.serviceTypes()) {
			names.put(t.code(), t.name(locale));
		}
		return names;
	}

}
