package se.regionrum.initiatives.initiative;

import java.io.IOException;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.actors.People;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.CsvImportPage;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.PageResult;

/** The pages of initiatives: list, map, form, status change, exports and import. */
@Controller
@RequestMapping("/initiatives")
class InitiativeController {

	private static final CsvImportPage IMPORT = new CsvImportPage("initiatives/import", "/initiatives",
			"initiatives.import.done");

	static final int PAGE_SIZE = 25;

	private final InitiativeService initiatives;

	private final InitiativeQueries queries;

	private final InitiativeOptions options;

	private final InitiativeCsv csv;

	private final InitiativeGeoJson geoJson;

	private final People people;

	InitiativeController(InitiativeService initiatives, InitiativeQueries queries, InitiativeOptions options,
			InitiativeCsv csv, InitiativeGeoJson geoJson, People people) {
		this.people = people;
		this.initiatives = initiatives;
		this.queries = queries;
		this.options = options;
		this.csv = csv;
		this.geoJson = geoJson;
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
			return FormSubmission.saved(redirect, "/initiatives/" + saved.id());
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
			return FormSubmission.saved(redirect, "/initiatives/" + id);
		});
	}

	@PostMapping("/{id:\\d+}/status")
	String changeStatus(@PathVariable long id, @ModelAttribute StatusForm form, RedirectAttributes redirect) {
		return FormSubmission.act(redirect,
				() -> initiatives.changeStatus(id, form.status(), form.changedOn(), form.note()),
				"initiatives.status.changed", "/initiatives/" + id);
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		initiatives.delete(id);
		return FormSubmission.deleted(redirect, "/initiatives");
	}

	@GetMapping("/import")
	String importForm() {
		initiatives.requireMayCreate();
		return IMPORT.view();
	}

	@PostMapping("/import")
	String importCsv(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		return IMPORT.submit(file, csv::importFile, model, redirect);
	}

	static PageResult<InitiativeSummary> none() {
		return new PageResult<>(List.of(), 0, PAGE_SIZE, 0);
	}

}
