package se.regionrum.initiatives.funding;

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

/** The funding line form of an initiative. */
@Controller
class FundingController {

	private final FundingService funding;

	private final InitiativeService initiatives;

	FundingController(FundingService funding, InitiativeService initiatives) {
		this.funding = funding;
		this.initiatives = initiatives;
	}

	@ModelAttribute("sources")
	FundingSource[] sources() {
		return FundingSource.values();
	}

	@GetMapping("/initiatives/{initiativeId:\\d+}/funding/new")
	String newForm(@PathVariable long initiativeId, Model model) {
		model.addAttribute("initiative", initiatives.get(initiativeId));
		initiatives.requireEditorOfInitiative(initiativeId);
		FundingForm form = new FundingForm();
		form.setFundingYear(java.time.Year.now().getValue());
		model.addAttribute("form", form);
		return "initiatives/funding/form";
	}

	@PostMapping("/initiatives/{initiativeId:\\d+}/funding/new")
	String create(@PathVariable long initiativeId, @Valid @ModelAttribute("form") FundingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("initiative", initiatives.get(initiativeId));
		initiatives.requireEditorOfInitiative(initiativeId);
		FormSubmission.reject(result, funding.problems(form));
		if (result.hasErrors()) {
			return "initiatives/funding/form";
		}
		funding.create(initiativeId, form);
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/initiatives/" + initiativeId;
	}

	@GetMapping("/funding/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		FundingLine line = funding.get(id);
		initiatives.requireEditorOfInitiative(line.initiativeId());
		model.addAttribute("initiative", initiatives.get(line.initiativeId()));
		model.addAttribute("line", line);
		model.addAttribute("form", FundingForm.of(line));
		return "initiatives/funding/form";
	}

	@PostMapping("/funding/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") FundingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		FundingLine line = funding.get(id);
		initiatives.requireEditorOfInitiative(line.initiativeId());
		model.addAttribute("initiative", initiatives.get(line.initiativeId()));
		model.addAttribute("line", line);
		FormSubmission.reject(result, funding.problems(form));
		if (result.hasErrors()) {
			return "initiatives/funding/form";
		}
		funding.update(id, form);
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/initiatives/" + line.initiativeId();
	}

	@PostMapping("/funding/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		FundingLine line = funding.get(id);
		funding.delete(id);
		redirect.addFlashAttribute("message", "platform.deleted");
		return "redirect:/initiatives/" + line.initiativeId();
	}

}
