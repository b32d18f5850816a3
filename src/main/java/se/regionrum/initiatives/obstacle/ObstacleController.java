package se.regionrum.initiatives.obstacle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.initiatives.initiative.InitiativeOptions;
import se.regionrum.initiatives.initiative.InitiativePartController;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.platform.CsvExport;

/** Open obstacles by who can remove them, and the obstacle form of an initiative. */
@Controller
class ObstacleController extends InitiativePartController<Obstacle, ObstacleForm> {

	private final ObstacleService obstacles;

	private final InitiativeOptions options;

	ObstacleController(ObstacleService obstacles, InitiativeService initiatives, InitiativeOptions options) {
		super(obstacles, initiatives, "initiatives/obstacles/form", "obstacle");
		this.obstacles = obstacles;
		this.options = options;
	}

	@ModelAttribute("kinds")
	ObstacleKind[] kinds() {
		return ObstacleKind.values();
	}

	@ModelAttribute("removers")
	ObstacleRemover[] removers() {
		return ObstacleRemover.values();
	}

	@ModelAttribute("statuses")
	ObstacleStatus[] statuses() {
		return ObstacleStatus.values();
	}

	@GetMapping("/obstacles")
	String open(@RequestParam(required = false) Long municipality, Model model) {
		model.addAttribute("groups", obstacles.openByRemover(municipality));
		model.addAttribute("municipality", municipality);
		model.addAttribute("municipalities", options.municipalities());
		return "initiatives/obstacles/list";
	}

	/** The open obstacles of the list, with the same filter, for a spreadsheet. */
	@GetMapping("/obstacles/export.csv")
	void export(@RequestParam(required = false) Long municipality, HttpServletResponse response) throws IOException {
		List<List<?>> rows = new ArrayList<>();
		obstacles.openByRemover(municipality).forEach((remover, open) -> open.forEach(o -> rows.add(Arrays.asList(
				remover, o.kind(), o.status(), o.title(), o.initiativeId(), o.initiativeTitle(), o.identifiedOn(),
				o.handlingStartedOn()))));
		CsvExport.download(response, "utvecklingshinder.csv");
		CsvExport.write(response.getOutputStream(), List.of("remover", "kind", "status", "title", "initiative_id",
				"initiative", "identified_on", "handling_started_on"), rows);
	}

	@GetMapping("/initiatives/{initiativeId:\\d+}/obstacles/new")
	String newForm(@PathVariable long initiativeId, Model model) {
		return showNewForm(initiativeId, new ObstacleForm(), model);
	}

	@PostMapping("/initiatives/{initiativeId:\\d+}/obstacles/new")
	String create(@PathVariable long initiativeId, @Valid @ModelAttribute("form") ObstacleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return saveNew(initiativeId, form, result, model, redirect);
	}

	@GetMapping("/obstacles/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		return showEditForm(id, ObstacleForm::of, model);
	}

	@PostMapping("/obstacles/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ObstacleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return saveEdit(id, form, result, model, redirect);
	}

	@PostMapping("/obstacles/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		return deleteAndReturn(id, redirect);
	}

}
