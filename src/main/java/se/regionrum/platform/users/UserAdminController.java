package se.regionrum.platform.users;

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

import se.regionrum.platform.FormSubmission;
import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.platform.Role;
import se.regionrum.platform.security.UserAccount;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserAdministration users;

	private final OrganisationDirectory organisations;

	UserAdminController(UserAdministration users, OrganisationDirectory organisations) {
		this.users = users;
		this.organisations = organisations;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisations", organisations.all());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", users.list());
		return "platform/users/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", UserForm.empty());
		return "platform/users/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, RedirectAttributes redirect) {
		return FormSubmission.save(result, () -> "platform/users/form", () -> {
			users.create(form);
			return FormSubmission.saved(redirect, "/admin/users");
		});
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		UserAccount account = users.get(id);
		model.addAttribute("account", account);
		model.addAttribute("form", new UserForm(account.username(), account.displayName(), account.email(),
				account.role(), account.organisationId(), account.enabled(), ""));
		return "platform/users/form";
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("account", users.get(id));
		return FormSubmission.save(result, () -> "platform/users/form", () -> {
			users.update(id, form);
			return FormSubmission.saved(redirect, "/admin/users");
		});
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		return FormSubmission.act(redirect, () -> users.resetPassword(id, password), "platform.users.passwordReset",
				"/admin/users/" + id + "/edit");
	}

}
