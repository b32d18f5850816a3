package se.regionrum.initiatives.municipality;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** One municipality's page: its initiatives, open obstacles, funding, goal coverage and establishments. */
@Controller
class MunicipalityController {

	private final MunicipalityOverviews overviews;

	MunicipalityController(MunicipalityOverviews overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/municipalities/{id:\\d+}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("overview", overviews.overview(id, page));
		return "initiatives/municipality";
	}

}
