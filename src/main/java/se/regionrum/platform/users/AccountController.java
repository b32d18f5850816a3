package se.regionrum.platform.users;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.platform.InvalidInputException;

@Controller
class AccountController {

	private final OwnPassword ownPassword;

	AccountController(OwnPassword ownPassword) {
		this.ownPassword = ownPassword;
	}

	record PasswordForm(String currentPassword, String newPassword, String confirmation) {
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		return "platform/password";
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordForm form, BindingResult result, RedirectAttributes redirect) {
		try {
			ownPassword.change(form.currentPassword(), form.newPassword(), form.confirmation());
		}
		catch (InvalidInputException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return "platform/password";
		}
		redirect.addFlashAttribute("message", "platform.password.changed");
		return "redirect:/";
	}

}
