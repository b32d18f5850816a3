package se.regionrum.platform.users;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminIndexController {

	@GetMapping("/admin")
	String index() {
		return "platform/admin";
	}

}
