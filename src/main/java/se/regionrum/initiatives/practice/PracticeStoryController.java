package se.regionrum.initiatives.practice;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.platform.FormSubmission;

/** The practice story form of an initiative; the story itself is shown on the initiative's page. */
@Controller
class PracticeStoryController {

	private final PracticeStoryService stories;

	private final InitiativeService initiatives;

	PracticeStoryController(PracticeStoryService stories, InitiativeService initiatives) {
		this.stories = stories;
		this.initiatives = initiatives;
	}

	@GetMapping("/initiatives/{initiativeId:\\d+}/practice-story/edit")
	String editForm(@PathVariable long initiativeId, Model model) {
		model.addAttribute("initiative", initiatives.get(initiativeId));
		initiatives.requireEditorOfInitiative(initiativeId);
		model.addAttribute("form",
				stories.ofInitiative(initiativeId).map(PracticeStoryForm::of).orElseGet(PracticeStoryForm::new));
		return "initiatives/practice-story";
	}

	@PostMapping("/initiatives/{initiativeId:\\d+}/practice-story/edit")
	String save(@PathVariable long initiativeId, @Valid @ModelAttribute("form") PracticeStoryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("initiative", initiatives.get(initiativeId));
		initiatives.requireEditorOfInitiative(initiativeId);
		FormSubmission.reject(result, stories.problems(form));
		return FormSubmission.save(result, () -> "initiatives/practice-story", () -> {
			stories.save(initiativeId, form);
			return FormSubmission.saved(redirect, "/initiatives/" + initiativeId + "#practice-story");
		});
	}

}
