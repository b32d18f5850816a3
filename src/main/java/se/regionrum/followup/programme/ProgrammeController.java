package se.regionrum.followup.programme;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.Permissions;

/** The programme pages: list, CSV export, programme page and the programme form (its parts have their own controllers). */
@Controller
class ProgrammeController {

	private final ProgrammeService service;

	private final ProgrammeViews views;

	private final ProgrammeOptions options;

	private final Permissions permissions;

	private final ProgrammePageSupport pages;

	ProgrammeController(ProgrammeService service, ProgrammeViews views, ProgrammeOptions options,
			Permissions permissions, ProgrammePageSupport pages) {
		this.service = service;
		this.pages = pages;
		this.views = views;
		this.options = options;
		this.permissions = permissions;
	}

	// list

	@GetMapping("/programmes")
	String list(@ModelAttribute("filter") ProgrammeFilter filter, Model model) {
		List<ProgrammeSummary> programmes = service.list(filter);
		model.addAttribute("programmes", programmes);
		model.addAttribute("statuses", ProgrammeStatus.values());
		List<OrganisationRef> organisations = options.organisations();
		model.addAttribute("organisations", organisations);
		model.addAttribute("organisationNames", names(organisations));
		model.addAttribute("goals", options.goals());
		model.addAttribute("canCreate", permissions.current().map(u -> u.isAdmin() || u.organisationId() != null && u.canEdit(u.organisationId())).orElse(false));
		return "followup/programmes/list";
	}

	@GetMapping("/programmes/export.csv")
	void export(@ModelAttribute("filter") ProgrammeFilter filter, HttpServletResponse response) throws IOException {
		Map<Long, String> names = names(options.organisations());
		List<List<?>> rows = new ArrayList<>();
		for (ProgrammeSummary p : service.list(filter)) {
			rows.add(Arrays.asList(p.id(), p.kind(), p.name(), p.status(), p.startDate(), p.endDate(),
					names.get(p.ownerOrganisationId()), p.published(), p.activities(), p.spent()));
		}
		ProgrammePageSupport.csv(response, "program.csv", List.of("id", "kind", "name", "status", "start_date", "end_date", "owner",
				"published", "activities", "spent_sek"), rows);
	}

	private static Map<Long, String> names(List<OrganisationRef> organisations) {
		Map<Long, String> names = new HashMap<>();
		organisations.forEach(o -> names.put(o.id(), o.name()));
		return names;
	}

	// programme

	@GetMapping("/programmes/{id:\\d+}")
	String show(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("view", views.view(id, locale));
		return "followup/programmes/detail";
	}

	@GetMapping("/programmes/new")
	String newForm(Model model) {
		ProgrammeForm form = new ProgrammeForm();
		permissions.current().map(u -> u.organisationId()).ifPresent(form::setOwnerOrganisationId);
		model.addAttribute("form", form);
		return programmeForm(model, null);
	}

	@PostMapping("/programmes/new")
	String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		permissions.requireSignedIn();
		FormSubmission.reject(result, service.problems(form.toCommand()));
		if (result.hasErrors()) {
			return programmeForm(model, null);
		}
		Programme saved = service.create(form.toCommand());
		return FormSubmission.saved(redirect, "/programmes/" + saved.id());
	}

	@GetMapping("/programmes/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Programme programme = pages.editable(id);
		model.addAttribute("form", service.form(id));
		return programmeForm(model, programme);
	}

	@PostMapping("/programmes/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Programme programme = pages.editable(id);
		FormSubmission.reject(result, service.problems(form.toCommand()));
		if (result.hasErrors()) {
			return programmeForm(model, programme);
		}
		service.update(id, form.toCommand());
		return FormSubmission.saved(redirect, "/programmes/" + id);
	}

	@PostMapping("/programmes/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		service.delete(id);
		return FormSubmission.deleted(redirect, "/programmes");
	}

	private String programmeForm(Model model, Programme programme) {
		model.addAttribute("programme", programme);
		model.addAttribute("kinds", ProgrammeKind.values());
		model.addAttribute("statuses", ProgrammeStatus.values());
		model.addAttribute("measureKinds", MeasureKind.values());
		model.addAttribute("organisations", options.organisations());
		model.addAttribute("people", options.people());
		model.addAttribute("workingGroups", options.workingGroups());
		model.addAttribute("goals", options.goals());
		model.addAttribute("initiatives", options.initiatives());
		model.addAttribute("indicators", options.indicators());
		return "followup/programmes/form";
	}

}
