package se.regionrum.initiatives.initiative;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.actors.Organisations;
import se.regionrum.actors.People;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.initiatives.coverage.CoverageQueries;
import se.regionrum.initiatives.funding.FundingService;
import se.regionrum.initiatives.funding.FundingTotals;
import se.regionrum.initiatives.obstacle.ObstacleService;
import se.regionrum.initiatives.practice.PracticeStoryService;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.ImportRejectedException;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.PageResult;
import se.regionrum.strategy.Goals;

/** The pages of initiatives: list, map, detail with history, form, status change, exports, import and statistics. */
@Controller
@RequestMapping("/initiatives")
class InitiativeController {

	static final int PAGE_SIZE = 25;

	private final InitiativeService initiatives;

	private final InitiativeQueries queries;

	private final InitiativeOptions options;

	private final InitiativeCsv csv;

	private final InitiativeGeoJson geoJson;

	private final ObstacleService obstacles;

	private final FundingService funding;

	private final FundingTotals fundingTotals;

	private final CoverageQueries coverage;

	private final Organisations organisations;

	private final Goals goals;

	private final People people;

	private final PracticeStoryService practiceStories;

	InitiativeController(InitiativeService initiatives, InitiativeQueries queries, InitiativeOptions options,
			InitiativeCsv csv, InitiativeGeoJson geoJson, ObstacleService obstacles, FundingService funding,
			FundingTotals fundingTotals, CoverageQueries coverage, Organisations organisations, Goals goals, People people,
			PracticeStoryService practiceStories) {
		this.people = people;
		this.practiceStories = practiceStories;
		this.initiatives = initiatives;
		this.queries = queries;
		this.options = options;
		this.csv = csv;
		this.geoJson = geoJson;
		this.obstacles = obstacles;
		this.funding = funding;
		this.fundingTotals = fundingTotals;
		this.coverage = coverage;
		this.organisations = organisations;
		this.goals = goals;
	}

	@ModelAttribute("options")
	InitiativeOptions options() {
		return options;
	}

	@ModelAttribute("people")
	List<People.PersonName> choosablePeople() {
		return people.choosable();
	}

	@GetMapping
	String list(@ModelAttribute("filter") InitiativeFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("result", initiatives.list(filter, page, PAGE_SIZE));
		return "initiatives/list";
	}

	@GetMapping("/map")
	String map(@ModelAttribute("filter") InitiativeFilter filter, Model model) {
		InitiativeQueries.Criteria criteria = initiatives.criteria(filter);
		model.addAttribute("result", queries.find(criteria, 0, 1));
		return "initiatives/map";
	}

	@GetMapping(value = { "/map.geojson", "/export.geojson" })
	void geojson(@ModelAttribute InitiativeFilter filter, HttpServletResponse response,
			jakarta.servlet.http.HttpServletRequest request) throws IOException {
		response.setContentType(InitiativeGeoJson.MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().endsWith("/export.geojson")) {
			response.setHeader("Content-Disposition", "attachment; filename=\"utvecklingsinitiativ.geojson\"");
		}
		List<Long> ids = queries.ids(initiatives.criteria(filter));
		geoJson.write(queries.places(ids), id -> request.getContextPath() + "/initiatives/" + id,
				response.getOutputStream());
	}

	@GetMapping("/export.csv")
	void export(@ModelAttribute InitiativeFilter filter, HttpServletResponse response) throws IOException {
		CsvExport.download(response, "utvecklingsinitiativ.csv");
		csv.export(initiatives.list(filter, 0, 0).items(), response.getOutputStream());
	}

	@GetMapping("/statistics")
	String statistics(@ModelAttribute("filter") InitiativeFilter filter, Model model) {
		InitiativeQueries.Criteria criteria = initiatives.criteria(filter);
		Map<InitiativeStatus, Long> byStatus = queries.countByStatus(criteria);
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("maxStatus", byStatus.values().stream().mapToLong(Long::longValue).max().orElse(0));
		FundingTotals.Summary summary = fundingTotals.summary(criteria, coverage.regionalGoals());
		model.addAttribute("funding", summary);
		model.addAttribute("chart", se.regionrum.initiatives.funding.FundingChart.of(summary));
		return "initiatives/statistics";
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		Initiative initiative = initiatives.get(id);
		model.addAttribute("initiative", initiative);
		model.addAttribute("canEdit", initiatives.canEdit(initiative));
		model.addAttribute("history", queries.history(id));
		model.addAttribute("obstacles", obstacles.ofInitiative(id));
		var lines = funding.ofInitiative(id);
		model.addAttribute("fundingLines", lines);
		model.addAttribute("fundingTotal", lines.stream().map(l -> new se.regionrum.initiatives.funding.Amounts(
				l.amountApplied(), l.amountGranted(), l.amountSpent())).reduce(se.regionrum.initiatives.funding.Amounts.ZERO,
				se.regionrum.initiatives.funding.Amounts::plus));
		Set<Long> organisationIds = new HashSet<>(initiative.partnerIds());
		organisationIds.add(initiative.ownerOrganisationId());
		organisationIds.addAll(initiative.municipalityIds());
		model.addAttribute("names", organisations.names(organisationIds));
		model.addAttribute("goals", goals.findAll(initiative.goalIds()).values().stream()
			.sorted(java.util.Comparator.comparing(g -> g.code() == null ? "" : g.code())).toList());
		model.addAttribute("contacts", people.names(initiative.contactIds()).values());
		model.addAttribute("statusForm", new StatusForm());
		model.addAttribute("practiceStory", practiceStories.ofInitiative(id).orElse(null));
		return "initiatives/detail";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		initiatives.requireMayCreate();
		InitiativeForm form = InitiativeForm.empty();
		initiatives.defaultOwner().ifPresent(form::setOwnerOrganisationId);
		model.addAttribute("form", form);
		return "initiatives/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") InitiativeForm form, BindingResult result,
			RedirectAttributes redirect) {
		FormSubmission.reject(result, initiatives.problems(form, null));
		return FormSubmission.save(result, () -> "initiatives/form", () -> {
			Initiative saved = initiatives.create(form);
			redirect.addFlashAttribute("message", "platform.saved");
			return "redirect:/initiatives/" + saved.id();
		});
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Initiative initiative = initiatives.get(id);
		initiatives.requireEditorOfInitiative(id);
		model.addAttribute("initiative", initiative);
		model.addAttribute("version", initiative.version());
		model.addAttribute("form", InitiativeForm.of(initiative));
		return "initiatives/form";
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") InitiativeForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		Initiative initiative = initiatives.get(id);
		initiatives.requireEditorOfInitiative(id);
		model.addAttribute("initiative", initiative);
		model.addAttribute("version", version);
		form.setStatus(initiative.status());
		FormSubmission.reject(result, initiatives.problems(form, id));
		return FormSubmission.save(result, () -> "initiatives/form", () -> {
			initiatives.update(id, form, version);
			redirect.addFlashAttribute("message", "platform.saved");
			return "redirect:/initiatives/" + id;
		});
	}

	/** The status change form on the detail page. */
	public static class StatusForm {

		private InitiativeStatus status;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate changedOn;

		private String note;

		public InitiativeStatus getStatus() {
			return status;
		}

		public void setStatus(InitiativeStatus status) {
			this.status = status;
		}

		public LocalDate getChangedOn() {
			return changedOn;
		}

		public void setChangedOn(LocalDate changedOn) {
			this.changedOn = changedOn;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	@PostMapping("/{id:\\d+}/status")
	String changeStatus(@PathVariable long id, @ModelAttribute StatusForm form, RedirectAttributes redirect) {
		try {
			initiatives.changeStatus(id, form.getStatus(), form.getChangedOn(), form.getNote());
			redirect.addFlashAttribute("message", "initiatives.status.changed");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		return "redirect:/initiatives/" + id;
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		initiatives.delete(id);
		redirect.addFlashAttribute("message", "platform.deleted");
		return "redirect:/initiatives";
	}

	@GetMapping("/import")
	String importForm() {
		initiatives.requireMayCreate();
		return "initiatives/import";
	}

	@PostMapping("/import")
	String importCsv(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			int count = csv.importFile(file.getBytes());
			redirect.addFlashAttribute("message", "initiatives.import.done");
			redirect.addFlashAttribute("messageArgs", List.of(count));
			return "redirect:/initiatives";
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
			return "initiatives/import";
		}
	}

	static PageResult<InitiativeSummary> none() {
		return new PageResult<>(List.of(), 0, PAGE_SIZE, 0);
	}

}
