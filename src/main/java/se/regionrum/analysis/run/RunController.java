package se.regionrum.analysis.run;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.dataset.MunicipalityLocator;
import se.regionrum.analysis.dataset.ServiceType;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.analysis.run.RunResults.MunicipalitySummary;
import se.regionrum.analysis.run.RunResults.PointImpact;
import se.regionrum.analysis.run.RunResults.TypeColumns;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.InvalidInputException;

/** The pages of analysis runs: list and start form, the run page with map and tables, ranking, exports, scenarios. */
@Controller
@RequestMapping("/analysis")
class RunController {

	static final int RANKING_ON_RUN_PAGE = 15;

	/** How many of the points a run left out (too far from the roads) its page names. */
	static final int POINTS_LEFT_OUT_NAMED = 5;

	private final RunService runs;

	private final DataSetService data;

	private final RunExports exports;

	private final MunicipalityLocator municipalities;

	private final ScenarioPreviews previews;

	RunController(RunService runs, DataSetService data, RunExports exports, MunicipalityLocator municipalities,
			ScenarioPreviews previews) {
		this.runs = runs;
		this.data = data;
		this.exports = exports;
		this.municipalities = municipalities;
		this.previews = previews;
	}

	/** Service type names in the reader's language, by code, for every page of this controller. */
	@ModelAttribute
	void typeNames(Locale locale, Model model) {
		model.addAttribute("typeNames", typeNames(locale));
	}

	private Map<String, String> typeNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (ServiceType t : data.serviceTypes()) {
			names.put(t.code(), t.name(locale));
		}
		return names;
	}

	/** The list of runs is the module's start page; the address people guess leads there. */
	@GetMapping("/runs")
	String runs() {
		return "redirect:/analysis";
	}

	@GetMapping
	String list(Model model) {
		StartForm form = StartForm.defaults();
		preselect(form);
		model.addAttribute("form", form);
		return listPage(model);
	}

	private String listPage(Model model) {
		model.addAttribute("runs", runs.list());
		model.addAttribute("mayStart", runs.mayStart());
		model.addAttribute("grids", data.grids());
		model.addAttribute("networks", data.networks());
		model.addAttribute("pointSets", data.pointSets());
		return "analysis/runs";
	}

	private void preselect(StartForm form) {
		data.grids().stream().findFirst().ifPresent(g -> form.setGridId(g.id()));
		// the newest car network first: most analyses are by car, and a walking network is often newer
		data.networks().stream()
			.min(Comparator.comparing(n -> n.mode() != TravelMode.CAR))
			.ifPresent(n -> form.setNetworkId(n.id()));
		data.pointSets().stream().findFirst().ifPresent(p -> form.setPointSetId(p.id()));
	}

	@PostMapping("/runs")
	String start(@Valid @ModelAttribute("form") StartForm form, BindingResult result, Model model) {
		runs.requireMayStart();
		if (!result.hasFieldErrors("thresholds") && (form.thresholdList() == null || form.thresholdList().isEmpty())) {
			result.rejectValue("thresholds", "analysis.run.invalid.thresholds");
		}
		return FormSubmission.save(result, () -> listPage(model), () -> {
			// A grid, points and network that do not meet give a run where nobody reaches anything:
			// say so before it runs, and start only when the user has seen it for these choices.
			if (!form.confirmedAsIs()) {
				Coverage coverage = runs.coverage(form.request());
				if (!coverage.warnings().isEmpty()) {
					model.addAttribute("coverage", coverage);
					form.setConfirmed(form.choices());
					return listPage(model);
				}
			}
			return "redirect:/analysis/runs/" + runs.start(form.request()).id();
		});
	}

	@GetMapping("/runs/{id:\\d+}")
	String show(@PathVariable long id, @RequestParam(required = false) String type,
			@RequestParam(defaultValue = "time") String measure, Locale locale, Model model) {
		AnalysisRun run = runs.get(id);
		model.addAttribute("run", run);
		model.addAttribute("mayStart", runs.mayStart());
		if (!run.done()) {
			return "analysis/run";
		}
		model.addAttribute("coverage", run.coverage());
		model.addAttribute("pointsLeftOut", runs.pointsOffNetwork(id).stream().limit(POINTS_LEFT_OUT_NAMED)
			.map(p -> p.label(typeNames(locale).get(p.type())))
			.toList());
		String chosen = type != null && run.serviceTypes().contains(type) ? type : run.serviceTypes().get(0);
		String shownMeasure = List.of("time", "km", "change").contains(measure) && (run.scenario() || !"change".equals(measure))
				? measure : "time";
		model.addAttribute("type", chosen);
		model.addAttribute("measure", shownMeasure);
		List<MunicipalitySummary> summaries = runs.summaries(id, chosen);
		model.addAttribute("summaries", summaries);
		model.addAttribute("chart", BandChart.of(summaries, "km".equals(shownMeasure)));
		model.addAttribute("timeLimits", Bands.MINUTES);
		model.addAttribute("kmLimits", Bands.KM);
		model.addAttribute("legendClasses", "change".equals(shownMeasure) ? RunExports.CHANGE_CLASSES : Bands.UNREACHABLE + 1);
		model.addAttribute("comparable", runs.comparable(id));
		model.addAttribute("ageGroups", runs.ageGroups(id));
		List<PointImpact> ranking = runs.impacts(id, new ImpactFilter(chosen, null, null, null));
		model.addAttribute("ranking", ranking.subList(0, Math.min(RANKING_ON_RUN_PAGE, ranking.size())));
		model.addAttribute("rankingTotal", ranking.size());
		model.addAttribute("municipalityNames", municipalities.names());
		String query = "?type=" + chosen;
		model.addAttribute("cellsUrl", "/analysis/runs/" + id + "/map-cells.json" + query + "&measure=" + shownMeasure);
		model.addAttribute("pointsUrl", "/analysis/runs/" + id + "/points.geojson" + query);
		model.addAttribute("impactsUrl", "/analysis/runs/" + id + "/impacts" + query);
		if (run.scenario()) {
			model.addAttribute("comparison", runs.compare(run.baseRunId(), id, chosen));
		}
		return "analysis/run";
	}

	/** The progress part of the run page, polled by htmx; a finished run reloads the whole page. */
	@GetMapping("/runs/{id:\\d+}/status")
	String status(@PathVariable long id, Model model, HttpServletResponse response) {
		AnalysisRun run = runs.get(id);
		model.addAttribute("run", run);
		if (!run.active()) {
			response.setHeader("HX-Refresh", "true");
		}
		return "analysis/run :: progress";
	}

	@PostMapping("/runs/{id:\\d+}/rerun")
	String rerun(@PathVariable long id) {
		return "redirect:/analysis/runs/" + runs.rerun(id).id();
	}

	/**
	 * The ranking with the scenario form. The form takes its choices from the query when the preview
	 * or a refused submission sends them back, as typed (a wrong number too, so it can be mended).
	 */
	@GetMapping("/runs/{id:\\d+}/impacts")
	String impacts(@PathVariable long id, @ModelAttribute("filter") ImpactFilter filter, Model model) {
		AnalysisRun run = runs.get(id);
		model.addAttribute("run", run);
		model.addAttribute("mayStart", runs.mayStart());
		model.addAttribute("impacts", runs.impacts(id, filter));
		model.addAttribute("ageGroups", runs.ageGroups(id));
		model.addAttribute("municipalityNames", municipalities.names());
		model.addAttribute("municipalityOptions", municipalityOptions());
		return "analysis/impacts";
	}

	@PostMapping("/runs/{id:\\d+}/scenario")
	String scenario(@PathVariable long id, @ModelAttribute ScenarioForm form, BindingResult result,
			HttpServletRequest request, RedirectAttributes redirect) {
		String wrong = wrongField(form, result);
		if (wrong != null) {
			return backToForm(id, request, wrong, redirect);
		}
		try {
			return "redirect:/analysis/runs/" + runs.startScenario(id, form.request()).id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return backToForm(id, request, null, redirect);
		}
	}

	/**
	 * The message key of the form's first wrong field, also kept as the flash {@code failureField};
	 * null when the service's own checks come next. A coordinate that is not a number and a new
	 * point without a type are told apart here, since the service never sees them.
	 */
	private static String wrongField(ScenarioForm form, BindingResult result) {
		for (String field : List.of("addX", "addY", "close")) {
			if (result.getFieldError(field) != null) {
				return field;
			}
		}
		if (result.hasErrors()) {
			return "addX";
		}
		return form.addsWithoutType() ? "addType" : null;
	}

	/**
	 * Back to the form with the choices as they were sent, the wrong field marked and its message
	 * shown (or the failure already flashed).
	 */
	private static String backToForm(long id, HttpServletRequest request, String wrongField,
			RedirectAttributes redirect) {
		if (wrongField != null) {
			redirect.addFlashAttribute("failure", "analysis.scenario.invalid." + wrongField);
			redirect.addFlashAttribute("failureField", wrongField);
		}
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		for (String name : ScenarioForm.FIELDS) {
			String[] values = request.getParameterValues(name);
			for (String value : values == null ? new String[0] : values) {
				// %20 rather than +: a space stays a space whoever decodes the query
				query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
			}
		}
		return "redirect:/analysis/runs/" + id + "/impacts" + query + "#scenario";
	}

	/**
	 * The scenario form's choices answered at once, stored nowhere. Reading only, so it answers GET
	 * as well: the page's links to another type's map carry the choices in the query.
	 */
	@RequestMapping(path = "/runs/{id:\\d+}/scenario-preview", method = { RequestMethod.GET, RequestMethod.POST })
	String scenarioPreview(@PathVariable long id, @ModelAttribute("scenario") ScenarioForm form, BindingResult result,
			@RequestParam(required = false) String type, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		String wrong = wrongField(form, result);
		if (wrong != null) {
			return backToForm(id, request, wrong, redirect);
		}
		ScenarioPreviews.Evaluated evaluated;
		try {
			evaluated = previews.evaluate(id, form.request());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return backToForm(id, request, null, redirect);
		}
		AnalysisRun run = evaluated.prepared().run();
		ScenarioPreview preview = evaluated.preview();
		List<String> changedTypes = preview.types().stream().filter(t -> t.region().changesAnyone())
			.map(ScenarioPreview.TypePreview::type).toList();
		String mapType = type != null && changedTypes.contains(type) ? type
				: changedTypes.isEmpty() ? null : changedTypes.get(0);
		String choices = choices(form);
		model.addAttribute("run", run);
		model.addAttribute("preview", preview);
		model.addAttribute("form", form);
		model.addAttribute("changeUrl", "/analysis/runs/" + id + "/impacts?" + choices + "#scenario");
		model.addAttribute("closedCount", form.request().closePoints().stream().distinct().count());
		model.addAttribute("addedCount", form.request().addPoints().size());
		Map<String, String> mapLinks = new LinkedHashMap<>();
		changedTypes.forEach(t -> mapLinks.put(t, "/analysis/runs/" + id + "/scenario-preview?type=" + t + "&" + choices));
		model.addAttribute("mapLinks", mapLinks);
		model.addAttribute("mapType", mapType);
		model.addAttribute("legendClasses", RunExports.CHANGE_CLASSES);
		if (mapType != null) {
			model.addAttribute("cellsUrl", "/analysis/runs/" + id + "/scenario-preview/map-cells.json?type=" + mapType
					+ "&" + choices);
			model.addAttribute("pointsUrl", "/analysis/runs/" + id + "/scenario-preview/points.geojson?type=" + mapType
					+ "&" + choices);
			model.addAttribute("scenarioPoints", true);
		}
		return "analysis/scenario-preview";
	}

	/** The map's changed cells of one type, by change class, for the preview's choices. */
	@GetMapping("/runs/{id:\\d+}/scenario-preview/map-cells.json")
	void scenarioPreviewCells(@PathVariable long id, @ModelAttribute ScenarioForm form, @RequestParam String type,
			HttpServletResponse response) throws IOException {
		ScenarioPreviews.ChangedCells changed = previews.changedCells(previews.evaluate(id, form.request()), type);
		response.setContentType("application/json");
		exports.mapCells(changed.grid(), changed.cells(), changed.classes(), response.getOutputStream());
	}

	/** The map's points of one type for the preview's choices, each open, closed or added. */
	@GetMapping("/runs/{id:\\d+}/scenario-preview/points.geojson")
	void scenarioPreviewPoints(@PathVariable long id, @ModelAttribute ScenarioForm form, @RequestParam String type,
			Locale locale, HttpServletResponse response) throws IOException {
		ScenarioPreviews.MapPoints points = previews.points(id, form.request(), type);
		response.setContentType(RunExports.GEOJSON);
		response.setCharacterEncoding("UTF-8");
		exports.scenarioPointsGeoJson(points, typeNames(locale), response.getOutputStream());
	}

	/** A coordinate as the user would type it: 440000, not 440000.0. */
	private static String plain(Double value) {
		return value == null ? null : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** The form's choices as a query string, for links and the map that answer the same scenario. */
	private static String choices(ScenarioForm form) {
		Map<String, Object> single = new LinkedHashMap<>();
		single.put("name", form.name());
		single.put("addType", form.addType());
		single.put("addName", form.addName());
		single.put("addX", plain(form.addX()));
		single.put("addY", plain(form.addY()));
		StringJoiner query = new StringJoiner("&");
		form.close().forEach(seq -> query.add("close=" + seq));
		single.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

	@GetMapping("/compare")
	String compare(@RequestParam long base, @RequestParam long other, @RequestParam(required = false) String type,
			Model model, RedirectAttributes redirect) {
		AnalysisRun run = runs.get(other);
		String chosen = type != null && run.serviceTypes().contains(type) ? type : run.serviceTypes().get(0);
		try {
			model.addAttribute("comparison", runs.compare(base, other, chosen));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return "redirect:/analysis/runs/" + base;
		}
		model.addAttribute("type", chosen);
		return "analysis/compare";
	}

	// Data for the map and exports

	@GetMapping("/runs/{id:\\d+}/map-cells.json")
	void mapCells(@PathVariable long id, @RequestParam String type, @RequestParam(defaultValue = "time") String measure,
			HttpServletResponse response) throws IOException {
		AnalysisRun run = runs.get(id);
		RunService.CellResults cells = runs.cells(id, type);
		int[] classes;
		if ("change".equals(measure) && run.scenario()) {
			TypeColumns base = runs.cells(run.baseRunId(), type).columns();
			classes = RunExports.changes(base, cells.columns());
		}
		else {
			classes = RunExports.bands(cells.columns(), "km".equals(measure));
		}
		response.setContentType("application/json");
		exports.mapCells(cells.grid(), classes, response.getOutputStream());
	}

	@GetMapping("/runs/{id:\\d+}/points.geojson")
	void pointsGeoJson(@PathVariable long id, @ModelAttribute ImpactFilter filter, Locale locale,
			HttpServletResponse response) throws IOException {
		AnalysisRun run = runs.get(id);
		response.setContentType(RunExports.GEOJSON);
		response.setCharacterEncoding("UTF-8");
		attachment(response, "analys-" + id + "-serviceställen.geojson");
		exports.pointsGeoJson(run, runs.impacts(id, filter), typeNames(locale), municipalities.names(),
				response.getOutputStream());
	}

	@GetMapping("/runs/{id:\\d+}/cells.geojson")
	void cellsGeoJson(@PathVariable long id, HttpServletResponse response) throws IOException {
		response.setContentType(RunExports.GEOJSON);
		response.setCharacterEncoding("UTF-8");
		attachment(response, "analys-" + id + "-rutor.geojson");
		exports.cellsGeoJson(runs.grid(id), runs.allColumns(id), response.getOutputStream());
	}

	@GetMapping("/runs/{id:\\d+}/cells.csv")
	void cellsCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
		response.setContentType(CsvExport.MEDIA_TYPE);
		attachment(response, "analys-" + id + "-rutor.csv");
		exports.cellsCsv(runs.grid(id), runs.allColumns(id), response.getOutputStream());
	}

	@GetMapping("/runs/{id:\\d+}/municipalities.csv")
	void summariesCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
		AnalysisRun run = runs.get(id);
		response.setContentType(CsvExport.MEDIA_TYPE);
		attachment(response, "analys-" + id + "-kommuner.csv");
		exports.summariesCsv(run, runs.allSummaries(id), response.getOutputStream());
	}

	@GetMapping("/runs/{id:\\d+}/impacts.csv")
	void impactsCsv(@PathVariable long id, @ModelAttribute ImpactFilter filter, Locale locale,
			HttpServletResponse response) throws IOException {
		AnalysisRun run = runs.get(id);
		response.setContentType(CsvExport.MEDIA_TYPE);
		attachment(response, "analys-" + id + "-stangningskonsekvens.csv");
		exports.impactsCsv(run, runs.impacts(id, filter), runs.ageGroups(id), typeNames(locale), municipalities.names(),
				response.getOutputStream());
	}

	private static void attachment(HttpServletResponse response, String filename) {
		response.setHeader("Content-Disposition", "attachment; filename=\""
				+ filename.replace("ä", "a").replace("å", "a").replace("ö", "o") + "\"");
	}

	private List<Map.Entry<Long, String>> municipalityOptions() {
		List<Map.Entry<Long, String>> options = new ArrayList<>(municipalities.names().entrySet());
		options.sort(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER));
		return options;
	}

}
