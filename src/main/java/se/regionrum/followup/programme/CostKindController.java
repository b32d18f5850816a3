package se.regionrum.followup.programme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

import se.regionrum.platform.ConflictException;
import se.regionrum.platform.FormSubmission;

/** Administration of cost kinds (kostnadsslag), under Administration; the rules sit in the service. */
@Controller
@RequestMapping("/admin/cost-kinds")
class CostKindController {

	private final CostKindService service;

	CostKindController(CostKindService service) {
		this.service = service;
	}

	@GetMapping
	String list(Model model) {
		List<CostKind> kinds = service.all();
		Map<Long, Boolean> inUse = new HashMap<>();
		kinds.forEach(k -> inUse.put(k.id(), service.inUse(k.id())));
		model.addAttribute("kinds", kinds);
		model.addAttribute("inUse", inUse);
		return "followup/costkinds/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new CostKindForm());
		return "followup/costkinds/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") CostKindForm form, BindingResult result,
			RedirectAttributes redirect) {
		FormSubmission.reject(result, service.problems(null, form));
		return FormSubmission.save(result, () -> "followup/costkinds/form", () -> {
			service.create(form);
			return FormSubmission.saved(redirect, "/admin/cost-kinds");
		});
	}

	@GetMapping("/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		CostKind kind = service.get(id);
		model.addAttribute("kind", kind);
		model.addAttribute("form", CostKindForm.of(kind));
		return "followup/costkinds/form";
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CostKindForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("kind", service.get(id));
		// order and state are changed on the list, not by this form
		form.setPosition(null);
		form.setActive(null);
		FormSubmission.reject(result, service.problems(id, form));
		return FormSubmission.save(result, () -> "followup/costkinds/form", () -> {
			service.update(id, form);
			return FormSubmission.saved(redirect, "/admin/cost-kinds");
		});
	}

	@PostMapping("/{id:\\d+}/move")
	String move(@PathVariable long id, @RequestParam String direction, RedirectAttributes redirect) {
		service.move(id, "up".equals(direction));
		return FormSubmission.saved(redirect, "/admin/cost-kinds#kind-" + id);
	}

	@PostMapping("/{id:\\d+}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		service.setActive(id, active);
		redirect.addFlashAttribute("message", active ? "followup.costKind.activated" : "followup.costKind.deactivated");
		return "redirect:/admin/cost-kinds#kind-" + id;
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			service.delete(id);
			redirect.addFlashAttribute("message", "platform.deleted");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		return "redirect:/admin/cost-kinds";
	}

}
