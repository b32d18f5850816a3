package se.regionrum.strategy.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.platform.CsvExport;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.Permissions;

/** The list of plan types with their currency rules; administrators keep it. */
@Controller
@RequestMapping("/plan-types")
class PlanTypeController {

	private final PlanTypeService types;

	private final Permissions permissions;

	PlanTypeController(PlanTypeService types, Permissions permissions) {
		this.types = types;
		this.permissions = permissions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("types", types.all());
		model.addAttribute("planCounts", types.planCounts());
		model.addAttribute("canEdit", types.canEdit());
		return "strategy/plan-types/list";
	}

	@GetMapping("/export.csv")
	void export(HttpServletResponse response) throws IOException {
		List<List<?>> rows = new ArrayList<>();
		for (PlanType t : types.all()) {
			rows.add(Arrays.asList(t.code(), t.name(), t.nameEn(), t.pluralName(), t.pluralNameEn(), t.validityYears(), t.position(), t.active(),
					t.description()));
		}
		CsvExport.download(response, "plantyper.csv");
		CsvExport.write(response.getOutputStream(),
				List.of("code", "name", "name_en", "plural_name", "plural_name_en", "validity_years", "position", "active", "description"), rows);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		permissions.requireAdmin();
		model.addAttribute("form", new PlanTypeForm("", "", "", "", "", 4, null, "", true));
		model.addAttribute("type", null);
		return "strategy/plan-types/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") PlanTypeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		permissions.requireAdmin();
		model.addAttribute("type", null);
		FormSubmission.reject(result, types.problems(form, null));
		if (result.hasErrors()) {
			return "strategy/plan-types/form";
		}
		types.create(form);
		return FormSubmission.saved(redirect, "/plan-types");
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		permissions.requireAdmin();
		PlanType type = types.get(id);
		model.addAttribute("type", type);
		model.addAttribute("version", type.version());
		model.addAttribute("form", PlanTypeForm.of(type));
		return "strategy/plan-types/form";
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PlanTypeForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		permissions.requireAdmin();
		model.addAttribute("type", types.get(id));
		model.addAttribute("version", version);
		FormSubmission.reject(result, types.problems(form, id));
		if (result.hasErrors()) {
			return "strategy/plan-types/form";
		}
		try {
			types.update(id, form, version);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("validation.conflict");
			return "strategy/plan-types/form";
		}
		return FormSubmission.saved(redirect, "/plan-types");
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		return FormSubmission.act(redirect, () -> types.delete(id), "platform.deleted", "/plan-types");
	}

}
