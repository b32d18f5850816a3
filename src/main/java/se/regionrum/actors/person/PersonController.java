package se.regionrum.actors.person;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.platform.Permissions;

/** Pages for people; every rule is checked by {@link PersonService}. */
@Controller
@RequestMapping("/people")
class PersonController {

	static final int PAGE_SIZE = 25;

	private static final String FORM = "actors/people/form";

	private final PersonService people;

	private final OrganisationDirectory organisations;

	private final Permissions permissions;

	PersonController(PersonService people, OrganisationDirectory organisations, Permissions permissions) {
		this.people = people;
		this.organisations = organisations;
		this.permissions = permissions;
	}

	@ModelAttribute("sectors")
	Sector[] sectors() {
		return Sector.values();
	}

	@GetMapping
	String list(@ModelAttribute("filter") PersonFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("result", people.list(filter, page, PAGE_SIZE));
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("canCreate", people.canCreate());
		return "actors/people/list";
	}

	@GetMapping("/export.csv")
	void export(@ModelAttribute PersonFilter filter, HttpServletResponse response) throws IOException {
		List<PersonSummary> rows = people.exportList(filter);
		CsvExport.download(response, "personer.csv");
		PersonCsv.write(rows, response.getOutputStream());
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		PersonDetails person = people.get(id);
		model.addAttribute("details", person);
		model.addAttribute("person", person.person());
		model.addAttribute("canEdit", people.canEdit(person.person().organisationId()));
		return "actors/people/detail";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long organisationId, Model model) {
		people.requireMayCreate();
		Long preset = organisationId != null ? organisationId
				: permissions.current().map(user -> user.organisationId()).orElse(null);
		model.addAttribute("form", PersonForm.empty(preset));
		return formView(model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		people.requireMayCreate();
		if (form != null) {
			FormSubmission.reject(result, people.problems(form));
		}
		return FormSubmission.save(result, () -> formView(model), () -> {
			PersonDetails saved = people.create(form);
			return FormSubmission.saved(redirect, "/people/" + saved.person().id());
		});
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
		PersonDetails details = people.get(id);
		people.requireMayEdit(id);
		if (details.person().erased()) {
			redirect.addFlashAttribute("failure", "actors.person.erased.noChange");
			return "redirect:/people/" + id;
		}
		model.addAttribute("person", details.person());
		model.addAttribute("version", details.person().version());
		model.addAttribute("form", PersonForm.of(details.person(), details.sectors()));
		return formView(model);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		people.requireMayEdit(id);
		model.addAttribute("person", people.get(id).person());
		model.addAttribute("version", version);
		if (form != null) {
			FormSubmission.reject(result, people.problems(form));
		}
		return FormSubmission.save(result, () -> formView(model), () -> {
			people.update(id, form, version);
			return FormSubmission.saved(redirect, "/people/" + id);
		});
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		return FormSubmission.delete(redirect, () -> people.delete(id), "/people", "/people/" + id);
	}

	@GetMapping(path = "/{id:\\d+}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PersonalData> exportPersonalData(@PathVariable long id) {
		PersonalData data = people.exportPersonalData(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"person-" + id + ".json\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(data);
	}

	@PostMapping("/{id:\\d+}/erase")
	String erase(@PathVariable long id, RedirectAttributes redirect) {
		people.erase(id);
		redirect.addFlashAttribute("message", "actors.person.erased.done");
		return "redirect:/people/" + id;
	}

	/** The people of an organisation as an HTML fragment, loaded by htmx into the organisation page. */
	@GetMapping("/by-organisation/{organisationId:\\d+}")
	String byOrganisation(@PathVariable long organisationId, Model model) {
		organisations.nameOf(organisationId).orElseThrow(() -> new NotFoundException("Organisation", organisationId));
		model.addAttribute("people", people.ofOrganisation(organisationId));
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("canCreate", people.canEdit(organisationId));
		return "actors/people/by-organisation";
	}


	/** Administrators may file a person under any organisation (or none); editors only under their own. */
	private String formView(Model model) {
		model.addAttribute("organisationOptions",
				organisations.all().stream().filter(o -> permissions.canEdit(o.id())).toList());
		model.addAttribute("mayLeaveOrganisationEmpty", permissions.isAdmin());
		return FORM;
	}

}
