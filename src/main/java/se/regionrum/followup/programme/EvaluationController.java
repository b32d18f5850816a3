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

/** The forms of a programme's mid-term and final evaluations. */
@Controller
class EvaluationController {

	private final EvaluationService service;

	private final ProgrammePageSupport pages;

	private final ProgrammeOptions options;

	EvaluationController(EvaluationService service, ProgrammePageSupport pages, ProgrammeOptions options) {
		this.service = service;
		this.pages = pages;
		this.options = options;
	}

	@GetMapping("/programmes/{id:\\d+}/evaluations/new")
	String newEvaluation(@PathVariable long id, Model model) {
		Programme programme = pages.editable(id);
		model.addAttribute("form", EvaluationForm.empty());
		return evaluationForm(model, programme, null);
	}

	@PostMapping("/programmes/{id:\\d+}/evaluations/new")
	String createEvaluation(@PathVariable long id, @Valid @ModelAttribute("form") EvaluationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Programme programme = pages.editable(id);
		if (result.hasErrors()) {
			return evaluationForm(model, programme, null);
		}
		service.addEvaluation(id, form);
		return FormSubmission.saved(redirect, "/programmes/" + id + "#evaluations");
	}

	@GetMapping("/evaluations/{evaluationId:\\d+}/edit")
	String editEvaluation(@PathVariable long evaluationId, Model model) {
		Evaluation evaluation = service.evaluation(evaluationId);
		Programme programme = pages.editable(evaluation.programmeId());
		model.addAttribute("form", service.evaluationForm(evaluationId));
		return evaluationForm(model, programme, evaluation);
	}

	@PostMapping("/evaluations/{evaluationId:\\d+}/edit")
	String updateEvaluation(@PathVariable long evaluationId, @Valid @ModelAttribute("form") EvaluationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Evaluation evaluation = service.evaluation(evaluationId);
		Programme programme = pages.editable(evaluation.programmeId());
		if (result.hasErrors()) {
			return evaluationForm(model, programme, evaluation);
		}
		service.updateEvaluation(evaluationId, form);
		return FormSubmission.saved(redirect, "/programmes/" + programme.id() + "#evaluations");
	}

	@PostMapping("/evaluations/{evaluationId:\\d+}/delete")
	String deleteEvaluation(@PathVariable long evaluationId, RedirectAttributes redirect) {
		Evaluation evaluation = service.evaluation(evaluationId);
		service.deleteEvaluation(evaluationId);
		return FormSubmission.deleted(redirect, "/programmes/" + evaluation.programmeId() + "#evaluations");
	}

	private String evaluationForm(Model model, Programme programme, Evaluation evaluation) {
		model.addAttribute("programme", programme);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("evaluationKinds", EvaluationKind.values());
		model.addAttribute("meetings", options.meetings());
		model.addAttribute("surveys", options.surveys());
		return "followup/programmes/evaluation-form";
	}

}
