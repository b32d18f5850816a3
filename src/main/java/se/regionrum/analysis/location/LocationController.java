package se.regionrum.analysis.location;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.dataset.MunicipalityLocator;
import se.regionrum.analysis.dataset.ServiceType;
import se.regionrum.analysis.run.AnalysisRun;
import se.regionrum.analysis.run.RunService;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.InvalidInputException;

/**
 * The pages of location analyses on a finished run: the start form, the result page (progress while
 * it works; then the map of candidate gains, the chosen sites, before and after per municipality),
 * its exports and "open these sites as a scenario".
 */
@Controller
@RequestMapping("/analysis/runs/{runId:\\d+}/locations")
class LocationController {

	/** Candidates listed on the result page, best first: the map's text alternative (all are in the CSV). */
	static final int TOP_CANDIDATES = 20;

	private static final String OFF_NETWORK = "analysis.location.invalid.offNetwork";

	private final LocationService locations;

	private final RunService runs;

	private final DataSetService data;

	private final MunicipalityLocator municipalities;

	private final LocationExports exports;

	private final LocationDownloads downloads;

	private final MessageSource messages;

	LocationController(LocationService locations, RunService runs, DataSetService data,
			MunicipalityLocator municipalities, LocationExports exports, LocationDownloads downloads,
			MessageSource messages) {
		this.locations = locations;
		this.runs = runs;
		this.data = data;
		this.municipalities = municipalities;
		this.exports = exports;
		this.downloads = downloads;
		this.messages = messages;
	}

	@ModelAttribute
	void common(@PathVariable long runId, Locale locale, Model model) {
		model.addAttribute("typeNames", typeNames(locale));
		model.addAttribute("run", runs.get(runId));
	}

	private Map<String, String> typeNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (ServiceType t : data.serviceTypes()) {
			names.put(t.code(), t.name(locale));
		}
		return names;
	}

	@GetMapping
	String list(@PathVariable long runId, Model model) {
		model.addAttribute("analyses", locations.ofRun(runId));
		model.addAttribute("mayStart", locations.mayStart());
		return "analysis/locations";
	}

	@GetMapping("/new")
	String form(@PathVariable long runId, Model model) {
		locations.requireMayStart();
		LocationForm form = new LocationForm();
		AnalysisRun run = doneRun(runId);
		form.setServiceType(run.serviceTypes().get(0));
		form.setCoverMinutes(run.settings().thresholdMinutes().get(0));
		model.addAttribute("form", form);
		return formPage(model);
	}

	private AnalysisRun doneRun(long runId) {
		AnalysisRun run = runs.get(runId);
		if (!run.done()) {
			throw new se.regionrum.platform.NotFoundException("Results of analysis run", runId);
		}
		return run;
	}

	private String formPage(Model model) {
		// by name, as the run page lists them
		java.text.Collator byName = java.text.Collator.getInstance(Locale.forLanguageTag("sv"));
		Map<Long, String> sorted = new LinkedHashMap<>();
		municipalities.names().entrySet().stream()
			.sorted(Map.Entry.comparingByValue(byName))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		model.addAttribute("municipalityNames", sorted);
		model.addAttribute("maxSites", LocationProblem.MAX_SITES);
		return "analysis/location-new";
	}

	@PostMapping
	String start(@PathVariable long runId, @ModelAttribute("form") LocationForm form, BindingResult result, Locale locale,
			Model model) {
		locations.requireMayStart();
		doneRun(runId);
		List<LocationRequest.Site> listed = List.of();
		try {
			if (form.getCandidates() == CandidateKind.UPLOADED) {
				if (form.getFile() == null || form.getFile().isEmpty()) {
					result.rejectValue("file", "analysis.location.invalid.noFile");
				}
				else {
					listed = CandidateInput.csv(form.getFile());
				}
			}
			else if (form.getCandidates() == CandidateKind.DRAWN) {
				listed = CandidateInput.drawn(form.getSites());
			}
		}
		catch (ImportRejectedException ex) {
			ImportProblem p = ex.problems().get(0);
			String problem = messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale);
			result.rejectValue(form.getCandidates() == CandidateKind.UPLOADED ? "file" : "sites",
					"analysis.location.invalid.row", new Object[] { p.row(), problem }, null);
		}
		List<Integer> closable = closable(runId, form, result);
		List<LocationRequest.Site> sites = listed;
		return FormSubmission.save(result, () -> formPage(model), () -> "redirect:/analysis/runs/" + runId
				+ "/locations/" + start(runId, form, sites, closable).id());
	}

	/** The service names the API's field of the sites; an uploaded list far from the roads is the form's file. */
	private LocationAnalysis start(long runId, LocationForm form, List<LocationRequest.Site> sites,
			List<Integer> closable) {
		try {
			return locations.start(runId, form.request(sites, closable));
		}
		catch (InvalidInputException ex) {
			if (form.getCandidates() == CandidateKind.UPLOADED && ex.messageKey().startsWith(OFF_NETWORK)) {
				throw new InvalidInputException("file", ex.messageKey() + ".file");
			}
			throw ex;
		}
	}

	/** The points that may close: those typed, or with relocation and none typed, every point of the type. */
	private List<Integer> closable(long runId, LocationForm form, BindingResult result) {
		if (!form.isRelocate()) {
			return List.of();
		}
		List<Integer> seqs = new ArrayList<>();
		String text = form.getClosablePoints() == null ? "" : form.getClosablePoints().strip();
		if (text.isEmpty()) {
			runs.impacts(runId, new se.regionrum.analysis.run.ImpactFilter(form.getServiceType(), null, null, null))
				.stream()
				.filter(p -> p.onNetwork())
				.forEach(p -> seqs.add(p.seq()));
			return seqs;
		}
		try {
			for (String part : text.split("[,;\\s]+")) {
				seqs.add(Integer.parseInt(part));
			}
		}
		catch (NumberFormatException ex) {
			result.rejectValue("closablePoints", "analysis.location.invalid.closable");
		}
		return seqs;
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long runId, @PathVariable long id, Model model) {
		LocationAnalysis analysis = locations.get(runId, id);
		model.addAttribute("analysis", analysis);
		model.addAttribute("mayStart", locations.mayStart());
		Map<Long, String> names = municipalities.names();
		model.addAttribute("restrictedTo", String.join(", ",
				analysis.municipalities().stream().map(m -> names.getOrDefault(m, String.valueOf(m))).toList()));
		if (analysis.done()) {
			List<LocationResults.Candidate> top = locations.topCandidates(runId, id, TOP_CANDIDATES);
			model.addAttribute("sites", locations.sites(runId, id));
			model.addAttribute("top", top);
			model.addAttribute("comparison", locations.municipalities(runId, id));
			model.addAttribute("municipalityNames", names);
			LocationExports.GainScale scale = LocationExports.GainScale.of(analysis, top);
			model.addAttribute("anyGain", scale.anyGain());
			model.addAttribute("gainLimits", scale.limits());
			model.addAttribute("gainClasses", LocationExports.GainScale.CLASSES);
			model.addAttribute("offNetwork", locations.offNetworkCount(runId, id));
		}
		return "analysis/location";
	}

	@GetMapping("/{id:\\d+}/status")
	String status(@PathVariable long runId, @PathVariable long id, Model model, HttpServletResponse response) {
		LocationAnalysis analysis = locations.get(runId, id);
		if (!analysis.active()) {
			// the whole page changes: htmx reloads it
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("analysis", analysis);
		return "analysis/location :: progress";
	}

	@PostMapping("/{id:\\d+}/scenario")
	String scenario(@PathVariable long runId, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		try {
			String name = messages.getMessage("analysis.location.siteName", null, locale);
			Map<String, String> types = typeNames(locale);
			AnalysisRun scenario = locations.openAsScenario(runId, id, name, (analysis, sites) -> messages
				.getMessage("analysis.location.scenarioName", new Object[] { types.get(analysis.serviceType()), sites }, locale));
			// the run page shows its first type unless told: show the analysed one, where the change is
			return "redirect:/analysis/runs/" + scenario.id() + "?type="
					+ UriUtils.encodeQueryParam(locations.get(runId, id).serviceType(), StandardCharsets.UTF_8);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return "redirect:/analysis/runs/" + runId + "/locations/" + id;
		}
	}

	@GetMapping("/{id:\\d+}/map.json")
	void map(@PathVariable long runId, @PathVariable long id, HttpServletResponse response) throws IOException {
		LocationAnalysis analysis = locations.get(runId, id);
		response.setContentType("application/json");
		exports.mapJson(analysis, runs.grid(runId).info().cellSize(), locations.candidates(runId, id),
				locations.sites(runId, id), response.getOutputStream());
	}

	@GetMapping("/{id:\\d+}/candidates.csv")
	void csv(@PathVariable long runId, @PathVariable long id, HttpServletResponse response) throws IOException {
		downloads.csv(runId, id, response);
	}

	@GetMapping("/{id:\\d+}/candidates.geojson")
	void geoJson(@PathVariable long runId, @PathVariable long id, HttpServletResponse response) throws IOException {
		downloads.geoJson(runId, id, response);
	}

}
