package se.regionrum.strategy.goal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

import se.regionrum.actors.Organisations;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.Permissions;
import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.strategy.Strategy;
import se.regionrum.strategy.strategy.StrategyService;

/** Pages to add, change, reorder and retire the goals of a strategy. */
@Controller
@RequestMapping("/strategies/{strategyId:\\d+}/goals")
class GoalController {

	private final GoalService goals;

	private final StrategyService strategies;

	private final Organisations organisations;

	private final Permissions permissions;

	GoalController(GoalService goals, StrategyService strategies, Organisations organisations,
			Permissions permissions) {
		this.goals = goals;
		this.strategies = strategies;
		this.organisations = organisations;
		this.permissions = permissions;
	}

	@ModelAttribute("levels")
	GoalLevel[] levels() {
		return GoalLevel.values();
	}

	@GetMapping("/{goalId:\\d+}")
	String show(@PathVariable long strategyId, @PathVariable long goalId, Model model) {
		Strategy strategy = strategies.getVisible(strategyId);
		Goal goal = goals.get(strategyId, goalId);
		List<GoalNode> tree = goals.tree(strategy);
		GoalNode node = tree.stream().filter(n -> n.goal().id().equals(goalId)).findFirst().orElseThrow();
		List<Goal> path = new ArrayList<>();
		Long parent = goal.parentId();
		while (parent != null) {
			Long id = parent;
			Goal p = tree.stream().map(GoalNode::goal).filter(g -> g.id().equals(id)).findFirst().orElseThrow();
			path.add(0, p);
			parent = p.parentId();
		}
		model.addAttribute("strategy", strategy);
		model.addAttribute("goal", goal);
		model.addAttribute("node", node);
		model.addAttribute("path", path);
		model.addAttribute("issues", goals.linkedIssues(goalId, !permissions.isSignedIn()));
		model.addAttribute("canEdit", strategies.canEdit(strategy));
		return "strategy/goals/detail";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long strategyId, @RequestParam(required = false) Long parentId, Model model) {
		Strategy strategy = strategies.get(strategyId);
		strategies.requireEditor(strategy);
		GoalLevel level = GoalLevel.GOAL_AREA;
		if (parentId != null) {
			level = goals.get(strategyId, parentId).level() == GoalLevel.GOAL_AREA ? GoalLevel.GOAL : GoalLevel.PRIORITY;
		}
		model.addAttribute("form", new GoalForm(level, parentId, "", "", "", List.of()));
		model.addAttribute("suggestedCode", goals.suggestCode(strategyId, parentId));
		return form(strategy, null, model);
	}

	@PostMapping("/new")
	String create(@PathVariable long strategyId, @Valid @ModelAttribute("form") GoalForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Strategy strategy = strategies.get(strategyId);
		strategies.requireEditor(strategy);
		FormSubmission.reject(result, goals.problems(strategyId, form, null));
		return FormSubmission.save(result, () -> form(strategy, null, model), () -> {
			Goal saved = goals.add(strategyId, form);
			return FormSubmission.saved(redirect, "/strategies/" + strategyId + "#goal-" + saved.id());
		});
	}

	@GetMapping("/{goalId:\\d+}/edit")
	String editForm(@PathVariable long strategyId, @PathVariable long goalId, Model model) {
		Strategy strategy = strategies.get(strategyId);
		strategies.requireEditor(strategy);
		Goal goal = goals.get(strategyId, goalId);
		model.addAttribute("form", GoalForm.of(goal, goals.municipalityIds(goalId)));
		model.addAttribute("version", goal.version());
		return form(strategy, goal, model);
	}

	@PostMapping("/{goalId:\\d+}/edit")
	String update(@PathVariable long strategyId, @PathVariable long goalId, @Valid @ModelAttribute("form") GoalForm form,
			BindingResult result, @RequestParam(required = false) Long version, Model model,
			RedirectAttributes redirect) {
		Strategy strategy = strategies.get(strategyId);
		strategies.requireEditor(strategy);
		Goal goal = goals.get(strategyId, goalId);
		model.addAttribute("version", version);
		FormSubmission.reject(result, goals.problems(strategyId, form, goalId));
		return FormSubmission.save(result, () -> form(strategy, goal, model), () -> {
			goals.update(goalId, form, version);
			return FormSubmission.saved(redirect, "/strategies/" + strategyId + "#goal-" + goalId);
		});
	}

	private String form(Strategy strategy, Goal goal, Model model) {
		model.addAttribute("strategy", strategy);
		model.addAttribute("goal", goal);
		model.addAttribute("parents", goals.possibleParents(strategy.id()).stream()
			.filter(p -> goal == null || !p.id().equals(goal.id()))
			.toList());
		model.addAttribute("municipalities", organisations.municipalities());
		return "strategy/goals/form";
	}

	@PostMapping("/{goalId:\\d+}/move")
	String move(@PathVariable long strategyId, @PathVariable long goalId, @RequestParam String direction) {
		goals.get(strategyId, goalId);
		goals.move(goalId, "up".equals(direction));
		return "redirect:/strategies/" + strategyId + "#goal-" + goalId;
	}

	@PostMapping("/renumber")
	String renumber(@PathVariable long strategyId, RedirectAttributes redirect) {
		int changed = goals.renumber(strategyId);
		redirect.addFlashAttribute("message", "strategy.goal.renumbered");
		redirect.addFlashAttribute("messageArgs", List.of(changed));
		return "redirect:/strategies/" + strategyId + "#goals-heading";
	}

	@PostMapping("/{goalId:\\d+}/retire")
	String retire(@PathVariable long strategyId, @PathVariable long goalId, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		goals.get(strategyId, goalId);
		return FormSubmission.act(redirect, () -> goals.retire(goalId, note), "strategy.goal.retired.done",
				"/strategies/" + strategyId + "/goals/" + goalId);
	}

	@PostMapping("/{goalId:\\d+}/reinstate")
	String reinstate(@PathVariable long strategyId, @PathVariable long goalId, RedirectAttributes redirect) {
		goals.get(strategyId, goalId);
		return FormSubmission.act(redirect, () -> goals.reinstate(goalId), "strategy.goal.reinstated",
				"/strategies/" + strategyId + "/goals/" + goalId);
	}

	@GetMapping("/export.csv")
	void export(@PathVariable long strategyId, HttpServletResponse response) throws IOException {
		Strategy strategy = strategies.getVisible(strategyId);
		List<GoalNode> tree = goals.tree(strategy);
		Map<Long, String> codes = tree.stream().collect(Collectors.toMap(n -> n.goal().id(),
				n -> n.goal().code() == null ? "" : n.goal().code()));
		List<List<?>> rows = new ArrayList<>();
		for (GoalNode node : tree) {
			Goal g = node.goal();
			rows.add(Arrays.asList(g.id(), g.level(), g.code(), g.title(), g.parentId() == null ? "" : codes.get(g.parentId()),
					g.description(), g.retiredOn(), String.join(", ", node.municipalities())));
		}
		CsvExport.download(response, "mal-" + strategyId + ".csv");
		CsvExport.write(response.getOutputStream(),
				List.of("id", "level", "code", "title", "parent_code", "description", "retired_on", "municipalities"), rows);
	}

}
