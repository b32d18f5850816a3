package se.regionrum.strategy.strategy;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.platform.CsvExport;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Role;
import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;

@Controller
@RequestMapping("/strategies")
class StrategyController {

	static final int PAGE_SIZE = 25;

	private final StrategyService strategies;

	private final StrategyCsv csv;

	private final Permissions permissions;

	StrategyController(StrategyService strategies, StrategyCsv csv, Permissions permissions) {
		this.strategies = strategies;
		this.csv = csv;
		this.permissions = permissions;
	}

	@ModelAttribute("kinds")
	StrategyKind[] kinds() {
		return StrategyKind.values();
	}

	@ModelAttribute("statuses")
	StrategyStatus[] statuses() {
		return StrategyStatus.values();
	}

	@GetMapping
	String list(@ModelAttribute("filter") StrategyFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageResult<StrategySummary> result = strategies.list(filter, page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("owners", strategies.owners());
		model.addAttribute("canCreate", permissions.current().map(u -> u.isAdmin() || u.organisationId() != null
				&& u.role() == Role.EDITOR).orElse(false));
		return "strategy/strategies/list";
	}

	@GetMapping("/export.csv")
	void export(@ModelAttribute StrategyFilter filter, HttpServletResponse response) throws IOException {
		CsvExport.download(response, "strategier.csv");
		csv.export(strategies.list(filter, 0, 0).items(), response.getOutputStream());
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		StrategyView view = strategies.view(id);
		model.addAttribute("strategy", view.strategy());
		model.addAttribute("ownerName", view.ownerName());
		model.addAttribute("goals", view.goals());
		model.addAttribute("canEdit", view.canEdit());
		model.addAttribute("revisionOf", view.revisionOf());
		model.addAttribute("revisions", view.revisions());
		model.addAttribute("consultations", view.consultations());
		return "strategy/strategies/detail";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		Long own = permissions.current().map(u -> u.organisationId()).orElse(null);
		model.addAttribute("form", StrategyForm.empty(own));
		model.addAttribute("ownerChoices", strategies.ownerChoices());
		return "strategy/strategies/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") StrategyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("ownerChoices", strategies.ownerChoices());
		FormSubmission.reject(result, strategies.problems(form));
		return FormSubmission.save(result, () -> "strategy/strategies/form", () -> {
			Strategy saved = strategies.create(form);
			return FormSubmission.saved(redirect, "/strategies/" + saved.id());
		});
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Strategy strategy = strategies.get(id);
		strategies.requireEditor(strategy);
		model.addAttribute("strategy", strategy);
		model.addAttribute("version", strategy.version());
		model.addAttribute("form", StrategyForm.of(strategy));
		model.addAttribute("ownerChoices", strategies.ownerChoices());
		return "strategy/strategies/form";
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") StrategyForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		Strategy strategy = strategies.get(id);
		strategies.requireEditor(strategy);
		model.addAttribute("strategy", strategy);
		model.addAttribute("version", version);
		model.addAttribute("ownerChoices", strategies.ownerChoices());
		FormSubmission.reject(result, strategies.problems(form));
		return FormSubmission.save(result, () -> "strategy/strategies/form", () -> {
			strategies.update(id, form, version);
			return FormSubmission.saved(redirect, "/strategies/" + id);
		});
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		return FormSubmission.delete(redirect, () -> strategies.delete(id), "/strategies", "/strategies/" + id);
	}

	@PostMapping("/{id:\\d+}/revision")
	String revise(@PathVariable long id, @RequestParam(required = false) String name, RedirectAttributes redirect) {
		try {
			Strategy revision = strategies.createRevision(id, name);
			redirect.addFlashAttribute("message", "strategy.strategy.revision.created");
			return "redirect:/strategies/" + revision.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", "strategy.strategy.revision.nameRequired");
			return "redirect:/strategies/" + id;
		}
	}

}
