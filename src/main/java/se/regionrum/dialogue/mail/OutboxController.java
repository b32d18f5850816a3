package se.regionrum.dialogue.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.regionrum.platform.Permissions;

/** The e-mails that would have been sent, for administrators, when no SMTP server is configured. */
@Controller
class OutboxController {

	private final Mailer mailer;

	private final Permissions permissions;

	OutboxController(Mailer mailer, Permissions permissions) {
		this.mailer = mailer;
		this.permissions = permissions;
	}

	@GetMapping("/admin/outbox")
	String outbox(Model model) {
		permissions.requireAdmin();
		model.addAttribute("mails", mailer.outbox(200));
		model.addAttribute("smtp", mailer.smtpConfigured());
		return "dialogue/outbox";
	}

}
