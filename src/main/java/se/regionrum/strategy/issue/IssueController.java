package se.regionrum.strategy.issue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
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
import se.regionrum.strategy.InitiativeDirectory;

/** The issue register, its classification view, and the issue pages. */
@Controller
@RequestMapping("/issues")
class IssueController {

	static final int PAGE_SIZE = 25;

	private final IssueService issues;

	private final Organisations organisations;

	private final Permissions permissions;

	private final ObjectProvider<InitiativeDirectory> initiatives;

	IssueController(IssueService issues, Organisations organisations, Permissions permissions,
			ObjectProvider<InitiativeDirectory> initiatives) {
		this.initiatives = initiatives;
		this.issues = issues;
		this.organisations = organisations;
		this.permissions = permissions;
	}

	/** The initiatives an issue can be linked to (empty where no initiatives module is running). */
	@ModelAttribute("initiativeOptions")
	List<InitiativeDirectory.Option> initiativeOptions() {
		InitiativeDirectory directory = initiatives.getIfAvailable();
		return directory == null ? List.of() : directory.linkable();
	}

	@ModelAttribute("answers")
	Answer[] answers() {
		return Answer.values();
	}

	@ModelAttribute("roles")
	RegionRole[] roles() {
		return RegionRole.values();
	}

	@GetMapping
	String list(@ModelAttribute("filter") IssueFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", issues.list(filter, page, PAGE_SIZE));
		model.addAttribute("municipalities", organisations.municipalities());
		model.addAttribute("canCreate", permissions.current()
			.map(u -> u.isAdmin() || (u.organisationId() != null && u.canEdit(u.organisationId())))
			.orElse(false));
		return "strategy/issues/list";
	}

	@GetMapping("/classification")
	String classification(@ModelAttribute("filter") IssueFilter filter, Model model) {
		model.addAttribute("classes", issues.classification(filter));
		return "strategy/issues/classification";
	}

	@GetMapping("/export.csv")
	void export(@ModelAttribute IssueFilter filter, HttpServletResponse response) throws IOException {
		List<List<?>> rows = new ArrayList<>();
		for (IssueSummary i : issues.list(filter, 0, 0).items()) {
			rows.add(Arrays.asList(i.id(), i.title(), i.ownerName(), i.placeBound(), i.regionalLevel(), i.regionRole(),
					i.regionAspect(), i.classification(), i.goalCount(), i.municipalityCount(), i.published()));
		}
		CsvExport.download(response, "sakfragor.csv");
		CsvExport.write(response.getOutputStream(), List.of("id", "title", "owner", "place_bound", "regional_level",
				"region_role", "region_aspect", "class", "goals", "municipalities", "published"), rows);
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		Issue issue = issues.getVisible(id);
		model.addAttribute("details", issues.details(issue));
		InitiativeDirectory directory = initiatives.getIfAvailable();
		model.addAttribute("initiativeTitles",
				directory == null ? Map.of() : directory.titles(issues.details(issue).initiativeIds()));
		model.addAttribute("canEdit", issues.canEdit(issue));
		return "strategy/issues/detail";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long goalId, Model model) {
		Long own = permissions.current().map(u -> u.organisationId()).orElse(null);
		model.addAttribute("form", new IssueForm("", "", own, null, null, null, "", false,
				goalId == null ? List.of() : List.of(goalId), List.of(), null));
		return form(null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") IssueForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.setInitiativeIds(null);
		FormSubmission.reject(result, issues.problems(form, null));
		return FormSubmission.save(result, () -> form(null, model), () -> {
			Issue saved = issues.create(form);
			return FormSubmission.saved(redirect, "/issues/" + saved.id());
		});
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Issue issue = issues.get(id);
		issues.requireEditor(issue);
		model.addAttribute("form", issues.formOf(issue));
		model.addAttribute("version", issue.version());
		return form(issue, model);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") IssueForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		Issue issue = issues.get(id);
		issues.requireEditor(issue);
		form.setInitiativeIds(null);
		model.addAttribute("version", version);
		FormSubmission.reject(result, issues.problems(form, id));
		return FormSubmission.save(result, () -> form(issue, model), () -> {
			issues.update(id, form, version);
			return FormSubmission.saved(redirect, "/issues/" + id);
		});
	}

	private String form(Issue issue, Model model) {
		model.addAttribute("issue", issue);
		model.addAttribute("ownerChoices", issues.ownerChoices());
		model.addAttribute("goalChoices", issues.goalChoices());
		model.addAttribute("municipalities", organisations.municipalities());
		return "strategy/issues/form";
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		issues.delete(id);
		return FormSubmission.deleted(redirect, "/issues");
	}

}
