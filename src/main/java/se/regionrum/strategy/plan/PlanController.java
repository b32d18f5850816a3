package se.regionrum.strategy.plan;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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

import se.regionrum.actors.OrganisationRef;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.CsvImportPage;
import se.regionrum.platform.FormSubmission;
import se.regionrum.strategy.plan.PlanViews.Matrix;

/** The plan register and the planning-reality matrix. */
@Controller
@RequestMapping("/plans")
class PlanController {

	private static final CsvImportPage IMPORT = new CsvImportPage("strategy/plans/import", "/plans",
			"strategy.plan.import.done");

	static final int PAGE_SIZE = 50;

	private final PlanService plans;

	private final PlanTypeService types;

	private final PlanCsv csv;

	PlanController(PlanService plans, PlanTypeService types, PlanCsv csv) {
		this.plans = plans;
		this.types = types;
		this.csv = csv;
	}

	@GetMapping
	String list(@ModelAttribute("filter") PlanFilter filter, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model) {
		model.addAttribute("result", plans.list(filter, locale, page, PAGE_SIZE));
		model.addAttribute("municipalities", plans.municipalities());
		model.addAttribute("types", types.all());
		model.addAttribute("canCreate", !plans.editableMunicipalities().isEmpty());
		return "strategy/plans/list";
	}

	@GetMapping("/export.csv")
	void export(@ModelAttribute PlanFilter filter, Locale locale, HttpServletResponse response) throws IOException {
		CsvExport.download(response, "planregister.csv");
		csv.export(plans.list(filter, locale, 0, 0).items(), response.getOutputStream());
	}

	@GetMapping("/matrix")
	String matrix(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String county, Model model) {
		Matrix matrix = plans.matrix(asOf, county);
		model.addAttribute("matrix", matrix);
		model.addAttribute("countyCodes", plans.countyCodes());
		model.addAttribute("today", plans.today());
		return "strategy/plans/matrix";
	}

	@GetMapping("/matrix.csv")
	void exportMatrix(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String county, Locale locale, HttpServletResponse response)
			throws IOException {
		CsvExport.download(response, "planeringsverklighet.csv");
		csv.exportMatrix(plans.matrix(asOf, county), locale, response.getOutputStream());
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Locale locale, Model model) {
		Plan plan = plans.get(id);
		PlanType type = types.get(plan.planTypeId());
		model.addAttribute("plan", plan);
		model.addAttribute("type", type);
		model.addAttribute("organisationName", plans.organisationName(plan));
		model.addAttribute("canEdit", plans.canEdit(plan));
		LocalDate expiry = type.expiry(plan.adoptedOn());
		LocalDate currentUntil = plan.validUntil() != null ? plan.validUntil() : expiry == null ? null : expiry.minusDays(1);
		model.addAttribute("currentUntil", currentUntil);
		model.addAttribute("current", currentUntil == null || !currentUntil.isBefore(plans.today()));
		return "strategy/plans/detail";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long organisationId, @RequestParam(required = false) Long typeId,
			Model model) {
		plans.requirePlanEditor();
		List<OrganisationRef> editable = plans.editableMunicipalities();
		Long organisation = organisationId != null ? organisationId : editable.size() == 1 ? editable.get(0).id() : null;
		model.addAttribute("form", new PlanForm(organisation, typeId, "", null, null, "", ""));
		return form(null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FormSubmission.reject(result, plans.problems(form, null));
		return FormSubmission.save(result, () -> form(null, model), () -> {
			Plan saved = plans.create(form);
			return FormSubmission.saved(redirect, "/plans/" + saved.id());
		});
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Plan plan = plans.get(id);
		plans.requireEditor(plan);
		model.addAttribute("form", PlanForm.of(plan));
		model.addAttribute("version", plan.version());
		return form(plan, model);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		Plan plan = plans.get(id);
		model.addAttribute("version", version);
		FormSubmission.reject(result, plans.problems(form, plan));
		return FormSubmission.save(result, () -> form(plan, model), () -> {
			plans.update(id, form, version);
			return FormSubmission.saved(redirect, "/plans/" + id);
		});
	}

	private String form(Plan plan, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("municipalities", plans.editableMunicipalities());
		model.addAttribute("types", types.all().stream()
			.filter(t -> t.active() || (plan != null && t.id().equals(plan.planTypeId())))
			.toList());
		return "strategy/plans/form";
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		plans.delete(id);
		return FormSubmission.deleted(redirect, "/plans");
	}

	@GetMapping("/import")
	String importForm() {
		plans.requirePlanEditor();
		return IMPORT.view();
	}

	@PostMapping("/import")
	String importCsv(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		return IMPORT.submit(file, csv::importFile, model, redirect);
	}

}
