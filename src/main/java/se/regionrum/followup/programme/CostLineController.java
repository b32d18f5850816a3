package se.regionrum.followup.programme;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

import se.regionrum.platform.FormSubmission;

/** The forms of a programme's cost lines and their CSV export. */
@Controller
class CostLineController {

	private final CostLineService service;

	private final ProgrammePageSupport pages;

	private final CostKindService costKinds;

	CostLineController(CostLineService service, ProgrammePageSupport pages, CostKindService costKinds) {
		this.service = service;
		this.pages = pages;
		this.costKinds = costKinds;
	}

	@GetMapping("/programmes/{id:\\d+}/costs/new")
	String newCost(@PathVariable long id, Model model) {
		Programme programme = pages.editable(id);
		CostLineForm form = new CostLineForm();
		form.setCostYear(programme.startDate().getYear());
		model.addAttribute("form", form);
		return costForm(model, programme, null);
	}

	@PostMapping("/programmes/{id:\\d+}/costs/new")
	String createCost(@PathVariable long id, @Valid @ModelAttribute("form") CostLineForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Programme programme = pages.editable(id);
		FormSubmission.reject(result, service.problems(id, form));
		if (result.hasErrors()) {
			return costForm(model, programme, null);
		}
		service.addCostLine(id, form);
		return FormSubmission.saved(redirect, "/programmes/" + id + "#costs");
	}

	@GetMapping("/costs/{lineId:\\d+}/edit")
	String editCost(@PathVariable long lineId, Model model) {
		CostLine line = service.costLine(lineId);
		Programme programme = pages.editable(line.programmeId());
		model.addAttribute("form", CostLineForm.of(line));
		return costForm(model, programme, line);
	}

	@PostMapping("/costs/{lineId:\\d+}/edit")
	String updateCost(@PathVariable long lineId, @Valid @ModelAttribute("form") CostLineForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CostLine line = service.costLine(lineId);
		Programme programme = pages.editable(line.programmeId());
		FormSubmission.reject(result, service.costLineProblems(lineId, form));
		if (result.hasErrors()) {
			return costForm(model, programme, line);
		}
		service.updateCostLine(lineId, form);
		return FormSubmission.saved(redirect, "/programmes/" + programme.id() + "#costs");
	}

	@PostMapping("/costs/{lineId:\\d+}/delete")
	String deleteCost(@PathVariable long lineId, RedirectAttributes redirect) {
		CostLine line = service.costLine(lineId);
		service.deleteCostLine(lineId);
		return FormSubmission.deleted(redirect, "/programmes/" + line.programmeId() + "#costs");
	}

	@GetMapping("/programmes/{id:\\d+}/costs.csv")
	void exportCosts(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		Map<Long, String> kinds = new HashMap<>();
		service.costKinds().forEach(k -> kinds.put(k.id(), k.name(locale)));
		List<List<?>> rows = new ArrayList<>();
		for (CostLine c : service.costLines(id)) {
			rows.add(Arrays.asList(c.id(), c.costYear(), kinds.get(c.costKindId()), c.budget(), c.spent(), c.note()));
		}
		ProgrammePageSupport.csv(response, "utgifter.csv",
				List.of("id", "year", "cost_kind", "budget_sek", "spent_sek", "note"), rows);
	}

	private String costForm(Model model, Programme programme, CostLine line) {
		model.addAttribute("programme", programme);
		model.addAttribute("line", line);
		// deactivated kinds are not offered, but a line keeps the kind it has
		model.addAttribute("costKinds", costKinds.options(line == null ? null : line.costKindId()));
		return "followup/programmes/cost-form";
	}

}
