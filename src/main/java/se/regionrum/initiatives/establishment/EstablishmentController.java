package se.regionrum.initiatives.establishment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.InvalidInputException;

/**
 * Large establishments: list, detail with the impact estimate next to its assumptions (changing
 * an assumption recomputes the estimate at once; editors may save the new assumptions), form.
 */
@Controller
@RequestMapping("/establishments")
class EstablishmentController {

	private final EstablishmentService establishments;

	private final Organisations organisations;

	private final jakarta.validation.Validator validator;

	EstablishmentController(EstablishmentService establishments, Organisations organisations,
			jakarta.validation.Validator validator) {
		this.establishments = establishments;
		this.organisations = organisations;
		this.validator = validator;
	}

	@ModelAttribute("municipalities")
	List<OrganisationRef> municipalities() {
		return organisations.municipalities();
	}

	@ModelAttribute("municipalityNames")
	Map<Long, String> municipalityNames(@ModelAttribute("municipalities") List<OrganisationRef> municipalities) {
		return municipalities.stream().collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("establishments", establishments.list());
		return "initiatives/establishments/list";
	}

	/**
	 * The detail page. With assumptions in the query (the what-if form), the estimate is computed
	 * from them instead of the saved ones; nothing is saved. An htmx request gets only the estimate.
	 */
	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, @ModelAttribute("assumptions") AssumptionsForm assumptions,
			BindingResult result, @RequestParam(required = false) String whatIf,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Establishment e = establishments.get(id);
		model.addAttribute("establishment", e);
		model.addAttribute("canEdit", establishments.canEdit(e));
		boolean custom = false;
		if (whatIf == null) {
			assumptions.fill(e.assumptions(), ImpactEstimate.shares(e));
		}
		else {
			new SpringValidatorAdapter(validator).validate(assumptions, result);
			if (!result.hasErrors()) {
				try {
					establishments.checkShares(assumptions.statedShares());
					custom = true;
				}
				catch (InvalidInputException ex) {
					result.rejectValue(ex.field(), ex.messageKey());
				}
			}
		}
		model.addAttribute("impact", custom ? establishments.impact(e, assumptions) : establishments.impact(e));
		model.addAttribute("whatIf", custom);
		model.addAttribute("htmx", htmx != null);
		return htmx != null ? "initiatives/establishments/detail :: impact" : "initiatives/establishments/detail";
	}

	@PostMapping("/{id:\\d+}/assumptions")
	String saveAssumptions(@PathVariable long id, @Valid @ModelAttribute("assumptions") AssumptionsForm assumptions,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Establishment e = establishments.get(id);
		if (!result.hasErrors()) {
			try {
				establishments.checkShares(assumptions.statedShares());
			}
			catch (InvalidInputException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("establishment", e);
			model.addAttribute("canEdit", establishments.canEdit(e));
			model.addAttribute("impact", establishments.impact(e));
			model.addAttribute("whatIf", false);
			return "initiatives/establishments/detail";
		}
		return FormSubmission.act(redirect, () -> establishments.updateAssumptions(id, assumptions),
				"initiatives.establishment.assumptionsSaved", "/establishments/" + id);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", EstablishmentForm.empty());
		return "initiatives/establishments/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") EstablishmentForm form, BindingResult result,
			RedirectAttributes redirect) {
		FormSubmission.reject(result, establishments.problems(form));
		if (result.hasErrors()) {
			return "initiatives/establishments/form";
		}
		Establishment saved = establishments.create(form);
		return FormSubmission.saved(redirect, "/establishments/" + saved.id());
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		Establishment e = establishments.get(id);
		if (!establishments.canEdit(e)) {
			throw new org.springframework.security.access.AccessDeniedException("Not the establishment's municipality");
		}
		model.addAttribute("establishment", e);
		model.addAttribute("version", e.version());
		model.addAttribute("form", EstablishmentForm.of(e));
		return "initiatives/establishments/form";
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") EstablishmentForm form, BindingResult result,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		Establishment e = establishments.get(id);
		model.addAttribute("establishment", e);
		model.addAttribute("version", version);
		if (!establishments.canEdit(e)) {
			throw new org.springframework.security.access.AccessDeniedException("Not the establishment's municipality");
		}
		FormSubmission.reject(result, establishments.problems(form));
		if (result.hasErrors()) {
			return "initiatives/establishments/form";
		}
		try {
			establishments.update(id, form, version);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("validation.conflict");
			return "initiatives/establishments/form";
		}
		return FormSubmission.saved(redirect, "/establishments/" + id);
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		establishments.delete(id);
		return FormSubmission.deleted(redirect, "/establishments");
	}

}
