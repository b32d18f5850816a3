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
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.FormSubmission;

/** Open obstacles by who can remove them, and the obstacle form of an initiative. */
@Controller
class ObstacleController {

	private final ObstacleService obstacles;

	private final InitiativeService initiatives;

	private final InitiativeOptions options;

	ObstacleController(ObstacleService obstacles, InitiativeService initiatives, InitiativeOptions options) {
		this.obstacles = obstacles;
		this.initiatives = initiatives;
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
		model.addAttribute("initiative", initiatives.get(initiativeId));
		initiatives.requireEditorOfInitiative(initiativeId);
		model.addAttribute("form", new ObstacleForm());
		return "initiatives/obstacles/form";
	}

	@PostMapping("/initiatives/{initiativeId:\\d+}/obstacles/new")
	String create(@PathVariable long initiativeId, @Valid @ModelAttribute("form") ObstacleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("initiative", initiatives.get(initiativeId));
		initiatives.requireEditorOfInitiative(initiativeId);
		FormSubmission.reject(result, obstacles.problems(form));
		if (result.hasErrors()) {
			return "initiatives/obstacles/form";
		}
		obstacles.create(initiativeId, form);
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/initiatives/" + initiativeId;
	}

	@GetMapping("/obstacles/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Obstacle obstacle = obstacles.get(id);
		initiatives.requireEditorOfInitiative(obstacle.initiativeId());
		model.addAttribute("initiative", initiatives.get(obstacle.initiativeId()));
		model.addAttribute("obstacle", obstacle);
		model.addAttribute("form", ObstacleForm.of(obstacle));
		return "initiatives/obstacles/form";
	}

	@PostMapping("/obstacles/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ObstacleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Obstacle obstacle = obstacles.get(id);
		initiatives.requireEditorOfInitiative(obstacle.initiativeId());
		model.addAttribute("initiative", initiatives.get(obstacle.initiativeId()));
		model.addAttribute("obstacle", obstacle);
		FormSubmission.reject(result, obstacles.problems(form));
		if (result.hasErrors()) {
			return "initiatives/obstacles/form";
		}
		obstacles.update(id, form);
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/initiatives/" + obstacle.initiativeId();
	}

	@PostMapping("/obstacles/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Obstacle obstacle = obstacles.get(id);
		obstacles.delete(id);
		redirect.addFlashAttribute("message", "platform.deleted");
		return "redirect:/initiatives/" + obstacle.initiativeId();
	}

}
