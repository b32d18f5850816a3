package se.regionrum.initiatives.funding;

import java.time.Year;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.initiatives.FundingSource;
import se.regionrum.initiatives.initiative.InitiativePartController;
import se.regionrum.initiatives.initiative.InitiativeService;

/** The funding line form of an initiative. */
@Controller
class FundingController extends InitiativePartController<FundingLine, FundingForm> {

	FundingController(FundingService funding, InitiativeService initiatives) {
		super(funding, initiatives, "initiatives/funding/form", "line");
	}

	@ModelAttribute("sources")
	FundingSource[] sources() {
		return FundingSource.values();
	}

	@GetMapping("/initiatives/{initiativeId:\\d+}/funding/new")
	String newForm(@PathVariable long initiativeId, Model model) {
		FundingForm form = new FundingForm();
		form.setFundingYear(Year.now().getValue());
		return showNewForm(initiativeId, form, model);
	}

	@PostMapping("/initiatives/{initiativeId:\\d+}/funding/new")
	String create(@PathVariable long initiativeId, @Valid @ModelAttribute("form") FundingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return saveNew(initiativeId, form, result, model, redirect);
	}

	@GetMapping("/funding/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		return showEditForm(id, FundingForm::of, model);
	}

	@PostMapping("/funding/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") FundingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return saveEdit(id, form, result, model, redirect);
	}

	@PostMapping("/funding/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		return deleteAndReturn(id, redirect);
	}

}
