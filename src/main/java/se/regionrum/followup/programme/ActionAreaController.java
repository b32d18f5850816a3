package se.regionrum.followup.programme;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.platform.FormSubmission;

/** The forms of a programme's action areas. */
@Controller
class ActionAreaController {

	private final ActionAreaService service;

	private final ProgrammePageSupport pages;

	ActionAreaController(ActionAreaService service, ProgrammePageSupport pages) {
		this.service = service;
		this.pages = pages;
	}

	@GetMapping("/programmes/{id:\\d+}/action-areas/new")
	String newArea(@PathVariable long id, Model model) {
		Programme programme = pages.editable(id);
		model.addAttribute("form", ActionAreaForm.empty());
		return areaForm(model, programme, null);
	}

	@PostMapping("/programmes/{id:\\d+}/action-areas/new")
	String createArea(@PathVariable long id, @Valid @ModelAttribute("form") ActionAreaForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Programme programme = pages.editable(id);
		if (result.hasErrors()) {
			return areaForm(model, programme, null);
		}
		service.addActionArea(id, form);
		return FormSubmission.saved(redirect, "/programmes/" + id + "#action-areas");
	}

	@GetMapping("/action-areas/{areaId:\\d+}/edit")
	String editArea(@PathVariable long areaId, Model model) {
		ActionArea area = service.actionArea(areaId);
		Programme programme = pages.editable(area.programmeId());
		model.addAttribute("form", ActionAreaForm.of(area));
		return areaForm(model, programme, area);
	}

	@PostMapping("/action-areas/{areaId:\\d+}/edit")
	String updateArea(@PathVariable long areaId, @Valid @ModelAttribute("form") ActionAreaForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ActionArea area = service.actionArea(areaId);
		Programme programme = pages.editable(area.programmeId());
		if (result.hasErrors()) {
			return areaForm(model, programme, area);
		}
		service.updateActionArea(areaId, form);
		return FormSubmission.saved(redirect, "/programmes/" + programme.id() + "#action-areas");
	}

	@PostMapping("/action-areas/{areaId:\\d+}/delete")
	String deleteArea(@PathVariable long areaId, RedirectAttributes redirect) {
		ActionArea area = service.actionArea(areaId);
		service.deleteActionArea(areaId);
		return FormSubmission.deleted(redirect, "/programmes/" + area.programmeId() + "#action-areas");
	}

	private String areaForm(Model model, Programme programme, ActionArea area) {
		model.addAttribute("programme", programme);
		model.addAttribute("area", area);
		return "followup/programmes/area-form";
	}

}
