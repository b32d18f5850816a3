package se.regionrum.followup.method;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.dialogue.DialogueLookup;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.initiatives.PracticeCase;
import se.regionrum.initiatives.PracticeCases;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.RichText;

/** The pages of methods: list, detail, form. */
@Controller
@RequestMapping("/methods")
class WorkingMethodController {

	private final WorkingMethodService methods;

	private final DialogueLookup dialogue;

	private final PracticeCases practiceCases;

	private final OrganisationDirectory organisations;

	private final Permissions permissions;

	WorkingMethodController(WorkingMethodService methods, DialogueLookup dialogue, PracticeCases practiceCases,
			OrganisationDirectory organisations, Permissions permissions) {
		this.methods = methods;
		this.dialogue = dialogue;
		this.practiceCases = practiceCases;
		this.organisations = organisations;
		this.permissions = permissions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("methods", methods.list());
		model.addAttribute("mayCreate", mayCreate());
		return "followup/methods/list";
	}

	/** The methods for a spreadsheet: texts as plain text, links counted. */
	@GetMapping("/export.csv")
	void export(HttpServletResponse response) throws IOException {
		List<List<?>> rows = new ArrayList<>();
		for (WorkingMethod m : methods.list()) {
			rows.add(Arrays.asList(m.id(), m.title(), organisations.nameOf(m.ownerOrganisationId()).orElse(""),
					RichText.toPlainText(m.summary()), RichText.toPlainText(m.whenToUse()), m.timeNeeded(),
					m.linked(WorkingMethod.LinkKind.MEETING).size(), m.linked(WorkingMethod.LinkKind.PRACTICE_CASE).size(),
					m.linked(WorkingMethod.LinkKind.PROGRAMME).size()));
		}
		CsvExport.download(response, "metoder.csv");
		CsvExport.write(response.getOutputStream(), List.of("id", "title", "owner", "summary", "when_to_use",
				"time_needed", "meetings", "practice_cases", "programmes"), rows);
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		WorkingMethod method = methods.get(id);
		model.addAttribute("method", method);
		model.addAttribute("canEdit", methods.canEdit(method));
		model.addAttribute("owner", organisations.nameOf(method.ownerOrganisationId()).orElse(""));
		model.addAttribute("meetings", method.linked(WorkingMethod.LinkKind.MEETING).stream().map(dialogue::meeting)
			.flatMap(Optional::stream).toList());
		model.addAttribute("practiceCases", method.linked(WorkingMethod.LinkKind.PRACTICE_CASE).stream()
			.map(practiceCases::find).flatMap(Optional::stream).toList());
		model.addAttribute("programmes", methods.programmesOf(method));
		return "followup/methods/detail";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		methods.requireMayCreate();
		WorkingMethodForm form = new WorkingMethodForm();
		permissions.current().ifPresent(u -> form.setOwnerOrganisationId(u.organisationId()));
		model.addAttribute("form", form);
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") WorkingMethodForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		methods.requireMayCreate();
		FormSubmission.reject(result, methods.problems(form));
		return FormSubmission.save(result, () -> form(model, null), () -> {
			WorkingMethod saved = methods.create(form);
			return FormSubmission.saved(redirect, "/methods/" + saved.id());
		});
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		WorkingMethod method = methods.get(id);
		methods.requireEditor(id);
		model.addAttribute("form", WorkingMethodForm.of(method));
		model.addAttribute("version", method.version());
		return form(model, method);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") WorkingMethodForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		WorkingMethod method = methods.get(id);
		methods.requireEditor(id);
		model.addAttribute("version", version);
		FormSubmission.reject(result, methods.problems(form));
		return FormSubmission.save(result, () -> form(model, method), () -> {
			methods.update(id, form, version);
			return FormSubmission.saved(redirect, "/methods/" + id);
		});
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		return FormSubmission.delete(redirect, () -> methods.delete(id), "/methods", "/methods/" + id);
	}

	private String form(Model model, WorkingMethod method) {
		model.addAttribute("method", method);
		model.addAttribute("organisations", organisations.all());
		List<MeetingRef> meetings = dialogue.meetings();
		model.addAttribute("meetingOptions", meetings);
		List<PracticeCase> cases = practiceCases.all();
		model.addAttribute("practiceCaseOptions", cases);
		model.addAttribute("programmeOptions", methods.programmeChoices());
		return "followup/methods/form";
	}

	private boolean mayCreate() {
		try {
			methods.requireMayCreate();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
