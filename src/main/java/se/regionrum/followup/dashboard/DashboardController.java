package se.regionrum.followup.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The goal dashboard page of a strategy. */
@Controller
class DashboardController {

	private final DashboardService service;

	DashboardController(DashboardService service) {
		this.service = service;
	}

	@GetMapping("/strategies/{id:\\d+}/follow-up")
	String strategy(@PathVariable long id, Model model) {
		model.addAttribute("dashboard", service.strategyDashboard(id));
		return "followup/dashboard/strategy";
	}

}
