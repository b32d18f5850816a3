package se.regionrum.indicators.flow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.regionrum.indicators.Gender;
import se.regionrum.platform.CsvExport;

/** The flow map with its tables (the text alternative), and its CSV and GeoJSON exports with the same filters. */
@Controller
class FlowPageController {

	/** Lower bounds of the line-width classes after the first (which starts at the threshold). */
	static final List<Integer> WIDTH_BREAKS = List.of(100, 500, 1_000, 5_000);

	/** Line width in pixels per class. */
	static final List<Double> WIDTHS = List.of(1.5, 3.0, 5.0, 7.5, 11.0);

	static final int LARGEST = 25;

	private final FlowMaps maps;

	private final FlowExports exports;

	private final FlowImportService imports;

	FlowPageController(FlowMaps maps, FlowExports exports, FlowImportService imports) {
		this.maps = maps;
		this.exports = exports;
		this.imports = imports;
	}

	/** One line-width class of the legend; {@code to} is null for the open end. */
	record WidthClass(int from, Integer to, double width) {
	}

	@GetMapping("/indicators/flows")
	String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String gender,
			@RequestParam(required = false) Integer min, @RequestParam(required = false) String view,
			@RequestParam(required = false) String area, Model model) {
		FlowReport report = maps.report(FlowSelection.of(year, gender, min, view, area));
		FlowSelection s = report.selection();
		model.addAttribute("report", report);
		model.addAttribute("selection", s);
		model.addAttribute("largest", report.largest(LARGEST));
		model.addAttribute("genders", Gender.values());
		model.addAttribute("views", FlowView.values());
		model.addAttribute("widthClasses", widthClasses(s.min()));
		model.addAttribute("widthBreaks", String.join(",", WIDTH_BREAKS.stream().map(String::valueOf).toList()));
		model.addAttribute("widths", String.join(",", WIDTHS.stream().map(String::valueOf).toList()));
		model.addAttribute("query", query(s));
		model.addAttribute("areaName", s.area() == null ? null
				: report.areas().stream().filter(p -> p.code().equals(s.area())).map(FlowReport.Place::name).findFirst()
					.orElse(s.area()));
		model.addAttribute("mayImport", imports.mayImport());
		return "indicators/flows/map";
	}

	@GetMapping("/indicators/flows.csv")
	void csv(@RequestParam(required = false) Integer year, @RequestParam(required = false) String gender,
			@RequestParam(required = false) Integer min, @RequestParam(required = false) String view,
			@RequestParam(required = false) String area, HttpServletResponse response) throws IOException {
		FlowReport report = maps.report(FlowSelection.of(year, gender, min, view, area));
		CsvExport.download(response, fileName(report, "csv"));
		exports.csv(report, response.getOutputStream());
	}

	@GetMapping("/indicators/flows.geojson")
	ResponseEntity<byte[]> geoJson(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String gender, @RequestParam(required = false) Integer min,
			@RequestParam(required = false) String view, @RequestParam(required = false) String area) {
		FlowReport report = maps.report(FlowSelection.of(year, gender, min, view, area));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(FlowExports.GEO_JSON))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(report, "geojson")).build().toString())
			.cacheControl(CacheControl.noCache())
			.body(exports.geoJson(report));
	}

	static List<WidthClass> widthClasses(int min) {
		List<WidthClass> classes = new ArrayList<>();
		for (int i = 0; i <= WIDTH_BREAKS.size(); i++) {
			int from = i == 0 ? min : WIDTH_BREAKS.get(i - 1);
			Integer to = i == WIDTH_BREAKS.size() ? null : WIDTH_BREAKS.get(i) - 1;
			if (to != null && to < min) {
				continue;
			}
			classes.add(new WidthClass(Math.max(from, min), to, WIDTHS.get(i)));
		}
		return classes;
	}

	/** The selection as a query string, for the exports and the map's data request. */
	static String query(FlowSelection s) {
		var builder = ServletUriComponentsBuilder.newInstance();
		if (s.year() != null) {
			builder.queryParam("year", s.year());
		}
		builder.queryParam("gender", s.gender().name()).queryParam("min", s.min()).queryParam("view", s.view().code());
		if (s.area() != null) {
			builder.queryParam("area", s.area());
		}
		return builder.build().encode().toUriString();
	}

	private static String fileName(FlowReport report, String extension) {
		FlowSelection s = report.selection();
		return "pendling-" + (s.year() == null ? "" : s.year() + "-") + s.gender().name() + "-min" + s.min()
				+ (s.area() == null ? "" : "-" + s.view().code() + "-" + s.area()) + "." + extension;
	}

}
