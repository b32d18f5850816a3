package se.regionrum.followup.dashboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The goal dashboard of a strategy as JSON. */
@RestController
@Tag(name = "Follow-up dashboards", description = "Goal dashboards of strategies and municipal engagement")
class DashboardApiController {

	private final DashboardService service;

	DashboardApiController(DashboardService service) {
		this.service = service;
	}

	@GetMapping("/api/v1/strategies/{id:\\d+}/follow-up")
	@Operation(summary = "The follow-up of a strategy's goals",
			description = "Per goal area and goal: the linked indicators with their latest regional value, the trend "
					+ "since the strategy's first year and the distance to the target; the initiatives by status and "
					+ "their funding; the consensus of the latest consultation; the programmes serving the goal. "
					+ "Published strategies are public; anonymous callers count published initiatives and programmes only.",
			operationId = "getStrategyFollowUp")
	@SecurityRequirements
	GoalDashboard strategy(@PathVariable long id) {
		return service.strategyDashboard(id);
	}

}
