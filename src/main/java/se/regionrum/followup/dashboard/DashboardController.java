package se.regionrum.followup.dashboard;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The goal dashboard page of a strategy. */
@Controller
class DashboardController {

	private final DashboardService service;

	private final MessageSource messages;

	DashboardController(DashboardService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	@GetMapping("/strategies/{id:\\d+}/follow-up")
	String strategy(@PathVariable long id, Model model, Locale locale) {
		GoalDashboard dashboard = service.strategyDashboard(id);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("rowTexts", IndicatorRowText.of(dashboard, messages, locale));
		return "followup/dashboard/strategy";
	}

}
