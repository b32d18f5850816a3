package se.regionrum.followup.dashboard;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Municipal engagement as JSON, for signed-in callers. */
@RestController
@Tag(name = "Follow-up dashboards", description = "Goal dashboards of strategies and municipal engagement")
class EngagementApiController {

	private final EngagementService service;

	EngagementApiController(EngagementService service) {
		this.service = service;
	}

	@GetMapping("/api/v1/engagement")
	@Operation(summary = "Municipal engagement: counts per municipality",
			description = "Per municipality of the register: meetings held that it organised or registered people for, "
					+ "people who took part, registrations, initiatives and practice cases, plan types with a current "
					+ "plan, consultation responses; the score (how many of these are above zero) and whether it is "
					+ "engaged at all. Counts only. Signed-in callers; sort by a measure (SCORE, MEETINGS_HELD, …) or name.",
			operationId = "listMunicipalEngagement")
	List<EngagementRow> list(@RequestParam(required = false) String sort,
			@RequestParam(required = false, defaultValue = "asc") String dir) {
		return service.rows(EngagementController.sortOf(sort), "desc".equalsIgnoreCase(dir));
	}

}
