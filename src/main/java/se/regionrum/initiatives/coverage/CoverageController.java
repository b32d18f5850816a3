package se.regionrum.initiatives.coverage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.regionrum.initiatives.initiative.InitiativeFilter;
import se.regionrum.initiatives.initiative.InitiativeOptions;
import se.regionrum.initiatives.initiative.InitiativeService;

/**
 * Goal coverage: the regional strategy's goals × the municipalities, counting initiatives; each
 * cell links to the list of the initiatives it counts. Shows how the municipalities make the
 * regional strategy concrete.
 */
@Controller
class CoverageController {

	private final CoverageQueries coverage;

	private final InitiativeService initiatives;

	private final InitiativeOptions options;

	CoverageController(CoverageQueries coverage, InitiativeService initiatives, InitiativeOptions options) {
		this.coverage = coverage;
		this.initiatives = initiatives;
		this.options = options;
	}

	@ModelAttribute("options")
	InitiativeOptions options() {
		return options;
	}

	@GetMapping("/coverage")
	String matrix(@ModelAttribute("filter") InitiativeFilter filter, Model model) {
		// The matrix has the municipalities as columns and the goals as rows; those two filters do not apply.
		InitiativeFilter rest = filter.withGoalAndMunicipality(null, null);
		model.addAttribute("matrix", coverage.matrix(initiatives.criteria(rest)));
		model.addAttribute("rest", rest);
		return "initiatives/coverage";
	}

}
