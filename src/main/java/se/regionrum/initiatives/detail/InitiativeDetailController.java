package se.regionrum.initiatives.detail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import se.regionrum.initiatives.initiative.InitiativeOptions;
import se.regionrum.initiatives.initiative.StatusForm;

/** The detail page of an initiative: its history, obstacles, funding and practice story. */
@Controller
class InitiativeDetailController {

	private final InitiativeViews views;

	private final InitiativeOptions options;

	InitiativeDetailController(InitiativeViews views, InitiativeOptions options) {
		this.views = views;
		this.options = options;
	}

	@ModelAttribute("options")
	InitiativeOptions options() {
		return options;
	}

	@GetMapping("/initiatives/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		InitiativeView view = views.of(id);
		model.addAttribute("initiative", view.initiative());
		model.addAttribute("canEdit", view.canEdit());
		model.addAttribute("history", view.history());
		model.addAttribute("obstacles", view.obstacles());
		model.addAttribute("fundingLines", view.fundingLines());
		model.addAttribute("fundingTotal", view.fundingTotal());
		model.addAttribute("names", view.names());
		model.addAttribute("goals", view.goals());
		model.addAttribute("contacts", view.contacts());
		model.addAttribute("statusForm", StatusForm.empty());
		model.addAttribute("practiceStory", view.practiceStory());
		return "initiatives/detail";
	}

}
