package se.regionrum.actors.workinggroup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.actors.person.PersonRef;
import se.regionrum.actors.person.PersonService;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.platform.Permissions;

/** Pages for working groups and networks; every rule is checked by {@link WorkingGroupService}. */
@Controller
@RequestMapping("/working-groups")
class WorkingGroupController {

	static final int PAGE_SIZE = 25;

	private static final String FORM = "actors/working-groups/form";

	private static final String DETAIL = "actors/working-groups/detail";

	private final WorkingGroupService groups;

	private final PersonService people;

	private final OrganisationDirectory organisations;

	private final Permissions permissions;

	WorkingGroupController(WorkingGroupService groups, PersonService people, OrganisationDirectory organisations,
			Permissions permissions) {
		this.groups = groups;
		this.people = people;
		this.organisations = organisations;
		this.permissions = permissions;
	}

	@ModelAttribute("kinds")
	WorkingGroupKind[] kinds() {
		return WorkingGroupKind.values();
	}

	@ModelAttribute("roles")
	MemberRole[] roles() {
		return MemberRole.values();
	}

	@GetMapping
	String list(@ModelAttribute("filter") WorkingGroupFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("result", groups.list(filter, page, PAGE_SIZE));
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("canCreate", groups.canCreate());
		return "actors/working-groups/list";
	}

	@GetMapping("/export.csv")
	void export(@ModelAttribute WorkingGroupFilter filter, HttpServletResponse response) throws IOException {
		List<WorkingGroupSummary> rows = groups.list(filter, 0, 0).items();
		Map<Long, List<MemberView>> members = groups.membersOf(filter);
		CsvExport.download(response, "arbetsgrupper.csv");
		WorkingGroupCsv.write(rows, members, response.getOutputStream());
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("memberForm", MemberForm.empty());
		return detail(id, model);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		groups.requireMayCreate();
		model.addAttribute("form",
				WorkingGroupForm.empty(permissions.current().map(user -> user.organisationId()).orElse(null)));
		return formView(model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") WorkingGroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		groups.requireMayCreate();
		if (form != null) {
			FormSubmission.reject(result, groups.problems(form));
		}
		return FormSubmission.save(result, () -> formView(model), () -> {
			WorkingGroupDetails saved = groups.create(form);
			return FormSubmission.saved(redirect, "/working-groups/" + saved.group().id());
		});
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		WorkingGroupDetails details = groups.get(id);
		groups.requireMayEdit(id);
		model.addAttribute("group", details.group());
		model.addAttribute("version", details.group().version());
		model.addAttribute("form", WorkingGroupForm.of(details.group()));
		return formView(model);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") WorkingGroupForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		groups.requireMayEdit(id);
		model.addAttribute("group", groups.get(id).group());
		model.addAttribute("version", version);
		if (form != null) {
			FormSubmission.reject(result, groups.problems(form));
		}
		return FormSubmission.save(result, () -> formView(model), () -> {
			groups.update(id, form, version);
			return FormSubmission.saved(redirect, "/working-groups/" + id);
		});
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		groups.delete(id);
		return FormSubmission.deleted(redirect, "/working-groups");
	}

	@PostMapping("/{id:\\d+}/members")
	String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		groups.requireMayEdit(id);
		if (form != null && !result.hasErrors()) {
			FormSubmission.reject(result, groups.memberProblems(id, form));
		}
		return FormSubmission.save(result, () -> detail(id, model), () -> {
			groups.addMember(id, form);
			redirect.addFlashAttribute("message", "actors.workingGroup.member.added");
			return "redirect:/working-groups/" + id;
		});
	}

	@PostMapping("/{id:\\d+}/members/{key}/delete")
	String removeMember(@PathVariable long id, @PathVariable String key, RedirectAttributes redirect) {
		groups.removeMember(id, key);
		redirect.addFlashAttribute("message", "actors.workingGroup.member.removed");
		return "redirect:/working-groups/" + id;
	}

	/** The person options of one organisation, swapped into the add-member form by htmx. */
	@GetMapping("/person-options")
	String personOptions(@RequestParam(required = false) Long organisationId, Model model) {
		model.addAttribute("people", organisationId == null ? List.of() : people.choosable(organisationId));
		return "actors/working-groups/person-options";
	}

	private String detail(long id, Model model) {
		WorkingGroupDetails details = groups.get(id);
		boolean canEdit = groups.canEdit(details.group().ownerOrganisationId());
		model.addAttribute("details", details);
		model.addAttribute("group", details.group());
		model.addAttribute("canEdit", canEdit);
		if (canEdit) {
			var all = organisations.all();
			model.addAttribute("organisations", all);
			model.addAttribute("peopleByOrganisation", peopleByOrganisation(all));
		}
		return DETAIL;
	}

	/** People who may be chosen, grouped under their organisation's name in the directory's order. */
	private Map<String, List<PersonRef>> peopleByOrganisation(List<OrganisationDirectory.Option> all) {
		Map<Long, List<PersonRef>> byId = new LinkedHashMap<>();
		for (PersonRef person : people.choosable(null)) {
			if (person.organisationId() != null) {
				byId.computeIfAbsent(person.organisationId(), id -> new ArrayList<>()).add(person);
			}
		}
		Map<String, List<PersonRef>> grouped = new LinkedHashMap<>();
		for (OrganisationDirectory.Option o : all) {
			List<PersonRef> ofOrganisation = byId.get(o.id());
			if (ofOrganisation != null) {
				grouped.put(o.name(), ofOrganisation);
			}
		}
		return grouped;
	}


	/** Editors may give a group only to their own organisation; administrators to any. */
	private String formView(Model model) {
		model.addAttribute("organisationOptions",
				organisations.all().stream().filter(o -> permissions.canEdit(o.id())).toList());
		return FORM;
	}

}
