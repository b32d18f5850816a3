package se.regionrum.actors.organisation;

import java.io.IOException;

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

import se.regionrum.actors.OrganisationKind;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.CsvImportPage;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.PageResult;

@Controller
@RequestMapping("/organisations")
class OrganisationController {

	private static final CsvImportPage IMPORT = new CsvImportPage("actors/organisations/import", "/organisations",
			"actors.organisation.import.done");

	static final int PAGE_SIZE = 25;

	private final OrganisationService organisations;

	private final OrganisationCsv csv;

	OrganisationController(OrganisationService organisations, OrganisationCsv csv) {
		this.organisations = organisations;
		this.csv = csv;
	}

	@ModelAttribute("kinds")
	OrganisationKind[] kinds() {
		return OrganisationKind.values();
	}

	@GetMapping
	String list(@ModelAttribute("filter") OrganisationFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageResult<OrganisationSummary> result = organisations.list(filter, page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("countyCodes", organisations.countyCodes());
		return "actors/organisations/list";
	}

	@GetMapping("/export.csv")
	void export(@ModelAttribute OrganisationFilter filter, HttpServletResponse response) throws IOException {
		CsvExport.download(response, "organisationer.csv");
		csv.export(organisations.list(filter, 0, 0).items(), response.getOutputStream());
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("organisation", organisations.get(id));
		model.addAttribute("canEdit", organisations.canEdit(id));
		return "actors/organisations/detail";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		organisations.requireMayCreate();
		model.addAttribute("form", OrganisationForm.empty());
		return "actors/organisations/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (form != null) {
			FormSubmission.reject(result, organisations.problems(form, null));
		}
		return FormSubmission.save(result, () -> "actors/organisations/form", () -> {
			Organisation saved = organisations.create(form);
			return FormSubmission.saved(redirect, "/organisations/" + saved.id());
		});
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Organisation organisation = organisations.get(id);
		organisations.requireMayEdit(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("version", organisation.version());
		model.addAttribute("form", OrganisationForm.of(organisation));
		return "actors/organisations/form";
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		model.addAttribute("organisation", organisations.get(id));
		model.addAttribute("version", version);
		if (form != null) {
			FormSubmission.reject(result, organisations.problems(form, id));
		}
		return FormSubmission.save(result, () -> "actors/organisations/form", () -> {
			organisations.update(id, form, version);
			return FormSubmission.saved(redirect, "/organisations/" + id);
		});
	}


	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		return FormSubmission.delete(redirect, () -> organisations.delete(id), "/organisations", "/organisations/" + id);
	}

	@GetMapping("/import")
	String importForm() {
		organisations.requireMayCreate();
		return IMPORT.view();
	}

	@PostMapping("/import")
	String importCsv(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		return IMPORT.submit(file, csv::importFile, model, redirect);
	}

}
