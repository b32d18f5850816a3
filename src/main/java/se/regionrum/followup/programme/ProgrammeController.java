package se.regionrum.followup.programme;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.Permissions;

/** The programme pages: list, programme page, and the forms of a programme and its parts. */
@Controller
class ProgrammeController {

	private final ProgrammeService service;

	private final ProgrammeViews views;

	private final ProgrammeOptions options;

	private final Permissions permissions;

	private final CostKindService costKinds;

	ProgrammeController(ProgrammeService service, ProgrammeViews views, ProgrammeOptions options,
			Permissions permissions, CostKindService costKinds) {
		this.service = service;
		this.costKinds = costKinds;
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
		csv(response, "program.csv", List.of("id", "kind", "name", "status", "start_date", "end_date", "owner",
				"published", "activities", "spent_sek"), rows);
	}

	private static Map<Long, String> names(List<OrganisationRef> organisations) {
		Map<Long, String> names = new java.util.HashMap<>();
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
		reject(service.problems(form.toCommand()), result);
		if (result.hasErrors()) {
			return programmeForm(model, null);
		}
		Programme saved = service.create(form.toCommand());
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/programmes/" + saved.id();
	}

	@GetMapping("/programmes/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Programme programme = service.get(id);
		service.requireEditor(programme);
		model.addAttribute("form", service.form(id));
		return programmeForm(model, programme);
	}

	@PostMapping("/programmes/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Programme programme = service.get(id);
		service.requireEditor(programme);
		reject(service.problems(form.toCommand()), result);
		if (result.hasErrors()) {
			return programmeForm(model, programme);
		}
		service.update(id, form.toCommand());
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/programmes/" + id;
	}

	@PostMapping("/programmes/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		service.delete(id);
		redirect.addFlashAttribute("message", "platform.deleted");
		return "redirect:/programmes";
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
		return "followup/programmes/form";
	}

	// action areas

	@GetMapping("/programmes/{id:\\d+}/action-areas/new")
	String newArea(@PathVariable long id, Model model) {
		Programme programme = editable(id);
		model.addAttribute("form", new ActionAreaForm());
		return areaForm(model, programme, null);
	}

	@PostMapping("/programmes/{id:\\d+}/action-areas/new")
	String createArea(@PathVariable long id, @Valid @ModelAttribute("form") ActionAreaForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Programme programme = editable(id);
		if (result.hasErrors()) {
			return areaForm(model, programme, null);
		}
		service.addActionArea(id, form);
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/programmes/" + id + "#action-areas";
	}

	@GetMapping("/action-areas/{areaId:\\d+}/edit")
	String editArea(@PathVariable long areaId, Model model) {
		ActionArea area = service.actionArea(areaId);
		Programme programme = editable(area.programmeId());
		model.addAttribute("form", ActionAreaForm.of(area));
		return areaForm(model, programme, area);
	}

	@PostMapping("/action-areas/{areaId:\\d+}/edit")
	String updateArea(@PathVariable long areaId, @Valid @ModelAttribute("form") ActionAreaForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ActionArea area = service.actionArea(areaId);
		Programme programme = editable(area.programmeId());
		if (result.hasErrors()) {
			return areaForm(model, programme, area);
		}
		service.updateActionArea(areaId, form);
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/programmes/" + programme.id() + "#action-areas";
	}

	@PostMapping("/action-areas/{areaId:\\d+}/delete")
	String deleteArea(@PathVariable long areaId, RedirectAttributes redirect) {
		ActionArea area = service.actionArea(areaId);
		service.deleteActionArea(areaId);
		redirect.addFlashAttribute("message", "platform.deleted");
		return "redirect:/programmes/" + area.programmeId() + "#action-areas";
	}

	private String areaForm(Model model, Programme programme, ActionArea area) {
		model.addAttribute("programme", programme);
		model.addAttribute("area", area);
		return "followup/programmes/area-form";
	}

	// activities

	@GetMapping("/programmes/{id:\\d+}/activities/new")
	String newActivity(@PathVariable long id, Model model) {
		Programme programme = editable(id);
		ActivityForm form = new ActivityForm();
		form.setKind(ActivityKind.THEME_MEETING);
		service.actionAreas(id).stream().findFirst().ifPresent(a -> form.setActionAreaId(a.id()));
		model.addAttribute("form", form);
		return activityForm(model, programme, null);
	}

	@PostMapping("/programmes/{id:\\d+}/activities/new")
	String createActivity(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Programme programme = editable(id);
		reject(service.problems(id, form), result);
		if (result.hasErrors()) {
			return activityForm(model, programme, null);
		}
		service.addActivity(id, form);
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/programmes/" + id + "#action-areas";
	}

	@GetMapping("/activities/{activityId:\\d+}/edit")
	String editActivity(@PathVariable long activityId, Model model) {
		Activity activity = service.activity(activityId);
		Programme programme = editable(activity.programmeId());
		model.addAttribute("form", ActivityForm.of(activity));
		return activityForm(model, programme, activity);
	}

	@PostMapping("/activities/{activityId:\\d+}/edit")
	String updateActivity(@PathVariable long activityId, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Activity activity = service.activity(activityId);
		Programme programme = editable(activity.programmeId());
		reject(service.problems(programme.id(), form), result);
		if (result.hasErrors()) {
			return activityForm(model, programme, activity);
		}
		service.updateActivity(activityId, form);
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/programmes/" + programme.id() + "#action-areas";
	}

	@PostMapping("/activities/{activityId:\\d+}/delete")
	String deleteActivity(@PathVariable long activityId, RedirectAttributes redirect) {
		Activity activity = service.activity(activityId);
		service.deleteActivity(activityId);
		redirect.addFlashAttribute("message", "platform.deleted");
		return "redirect:/programmes/" + activity.programmeId() + "#action-areas";
	}

	@GetMapping("/programmes/{id:\\d+}/activities.csv")
	void exportActivities(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		Map<Long, String> areaNames = new java.util.HashMap<>();
		service.actionAreas(id).forEach(a -> areaNames.put(a.id(), a.name()));
		List<List<?>> rows = new ArrayList<>();
		for (Activity a : service.activities(id)) {
			rows.add(Arrays.asList(a.id(), areaNames.get(a.actionAreaId()), a.kind(), a.title(), a.activityDate(),
					a.place(), a.participants(), a.meetingId(), a.seriesId(), a.account()));
		}
		csv(response, "aktiviteter.csv", List.of("id", "action_area", "kind", "title", "date", "place", "participants",
				"meeting_id", "series_id", "account"), rows);
	}

	private String activityForm(Model model, Programme programme, Activity activity) {
		model.addAttribute("programme", programme);
		model.addAttribute("activity", activity);
		model.addAttribute("areas", service.actionAreas(programme.id()));
		model.addAttribute("activityKinds", ActivityKind.values());
		model.addAttribute("meetings", options.meetings());
		model.addAttribute("seriesList", options.series());
		return "followup/programmes/activity-form";
	}

	// costs

	@GetMapping("/programmes/{id:\\d+}/costs/new")
	String newCost(@PathVariable long id, Model model) {
		Programme programme = editable(id);
		CostLineForm form = new CostLineForm();
		form.setCostYear(programme.startDate().getYear());
		model.addAttribute("form", form);
		return costForm(model, programme, null);
	}

	@PostMapping("/programmes/{id:\\d+}/costs/new")
	String createCost(@PathVariable long id, @Valid @ModelAttribute("form") CostLineForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Programme programme = editable(id);
		reject(service.problems(id, form), result);
		if (result.hasErrors()) {
			return costForm(model, programme, null);
		}
		service.addCostLine(id, form);
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/programmes/" + id + "#costs";
	}

	@GetMapping("/costs/{lineId:\\d+}/edit")
	String editCost(@PathVariable long lineId, Model model) {
		CostLine line = service.costLine(lineId);
		Programme programme = editable(line.programmeId());
		model.addAttribute("form", CostLineForm.of(line));
		return costForm(model, programme, line);
	}

	@PostMapping("/costs/{lineId:\\d+}/edit")
	String updateCost(@PathVariable long lineId, @Valid @ModelAttribute("form") CostLineForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CostLine line = service.costLine(lineId);
		Programme programme = editable(line.programmeId());
		reject(service.costLineProblems(lineId, form), result);
		if (result.hasErrors()) {
			return costForm(model, programme, line);
		}
		service.updateCostLine(lineId, form);
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/programmes/" + programme.id() + "#costs";
	}

	@PostMapping("/costs/{lineId:\\d+}/delete")
	String deleteCost(@PathVariable long lineId, RedirectAttributes redirect) {
		CostLine line = service.costLine(lineId);
		service.deleteCostLine(lineId);
		redirect.addFlashAttribute("message", "platform.deleted");
		return "redirect:/programmes/" + line.programmeId() + "#costs";
	}

	@GetMapping("/programmes/{id:\\d+}/costs.csv")
	void exportCosts(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		Map<Long, String> kinds = new java.util.HashMap<>();
		service.costKinds().forEach(k -> kinds.put(k.id(), k.name(locale)));
		List<List<?>> rows = new ArrayList<>();
		for (CostLine c : service.costLines(id)) {
			rows.add(Arrays.asList(c.id(), c.costYear(), kinds.get(c.costKindId()), c.budget(), c.spent(), c.note()));
		}
		csv(response, "utgifter.csv", List.of("id", "year", "cost_kind", "budget_sek", "spent_sek", "note"), rows);
	}

	private String costForm(Model model, Programme programme, CostLine line) {
		model.addAttribute("programme", programme);
		model.addAttribute("line", line);
		// deactivated kinds are not offered, but a line keeps the kind it has
		model.addAttribute("costKinds", costKinds.options(line == null ? null : line.costKindId()));
		return "followup/programmes/cost-form";
	}

	// evaluations

	@GetMapping("/programmes/{id:\\d+}/evaluations/new")
	String newEvaluation(@PathVariable long id, Model model) {
		Programme programme = editable(id);
		EvaluationForm form = new EvaluationForm();
		form.setKind(EvaluationKind.MIDTERM);
		model.addAttribute("form", form);
		return evaluationForm(model, programme, null);
	}

	@PostMapping("/programmes/{id:\\d+}/evaluations/new")
	String createEvaluation(@PathVariable long id, @Valid @ModelAttribute("form") EvaluationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Programme programme = editable(id);
		if (result.hasErrors()) {
			return evaluationForm(model, programme, null);
		}
		service.addEvaluation(id, form);
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/programmes/" + id + "#evaluations";
	}

	@GetMapping("/evaluations/{evaluationId:\\d+}/edit")
	String editEvaluation(@PathVariable long evaluationId, Model model) {
		Evaluation evaluation = service.evaluation(evaluationId);
		Programme programme = editable(evaluation.programmeId());
		model.addAttribute("form", service.evaluationForm(evaluationId));
		return evaluationForm(model, programme, evaluation);
	}

	@PostMapping("/evaluations/{evaluationId:\\d+}/edit")
	String updateEvaluation(@PathVariable long evaluationId, @Valid @ModelAttribute("form") EvaluationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Evaluation evaluation = service.evaluation(evaluationId);
		Programme programme = editable(evaluation.programmeId());
		if (result.hasErrors()) {
			return evaluationForm(model, programme, evaluation);
		}
		service.updateEvaluation(evaluationId, form);
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/programmes/" + programme.id() + "#evaluations";
	}

	@PostMapping("/evaluations/{evaluationId:\\d+}/delete")
	String deleteEvaluation(@PathVariable long evaluationId, RedirectAttributes redirect) {
		Evaluation evaluation = service.evaluation(evaluationId);
		service.deleteEvaluation(evaluationId);
		redirect.addFlashAttribute("message", "platform.deleted");
		return "redirect:/programmes/" + evaluation.programmeId() + "#evaluations";
	}

	private String evaluationForm(Model model, Programme programme, Evaluation evaluation) {
		model.addAttribute("programme", programme);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("evaluationKinds", EvaluationKind.values());
		model.addAttribute("meetings", options.meetings());
		model.addAttribute("surveys", options.surveys());
		return "followup/programmes/evaluation-form";
	}

	// helpers

	private Programme editable(long id) {
		Programme programme = service.get(id);
		service.requireEditor(programme);
		return programme;
	}

	private static void reject(List<InvalidInputException> problems, BindingResult result) {
		for (InvalidInputException problem : problems) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}

	private static void csv(HttpServletResponse response, String filename, List<String> header, List<List<?>> rows)
			throws IOException {
		response.setContentType(CsvExport.MEDIA_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
		CsvExport.write(response.getOutputStream(), header, rows);
	}

}
