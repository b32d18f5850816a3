package se.regionrum.initiatives.coverage;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import se.regionrum.initiatives.initiative.InitiativeFilter;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.strategy.GoalLevel;

@RestController
@Tag(name = "Coverage", description = "How the municipalities' initiatives cover the regional strategy's goals")
class CoverageApiController {

	private final CoverageQueries coverage;

	private final InitiativeService initiatives;

	CoverageApiController(CoverageQueries coverage, InitiativeService initiatives) {
		this.coverage = coverage;
		this.initiatives = initiatives;
	}

	record Municipality(long id, String name, String scbCode, long initiatives) {
	}

	record GoalRow(long goalId, String code, String title, GoalLevel level, Long parentId, long initiatives,
			Map<Long, Long> byMunicipality) {
	}

	record Coverage(List<Municipality> municipalities, List<GoalRow> goals, long initiatives) {
	}

	@GetMapping("/api/v1/coverage")
	@Operation(summary = "Goal coverage: initiatives per goal of the regional strategy and municipality",
			description = "A goal counts the initiatives linked to it or to a goal or priority below it, each once. "
					+ "Takes the initiative filter (except goal and municipality). Anonymous callers count published "
					+ "initiatives only.", operationId = "getGoalCoverage")
	@SecurityRequirements
	Coverage coverage(@ParameterObject @ModelAttribute InitiativeFilter filter) {
		CoverageMatrix m = coverage.matrix(initiatives.criteria(filter.withGoalAndMunicipality(null, null)));
		return new Coverage(
				m.municipalities().stream()
					.map(o -> new Municipality(o.id(), o.name(), o.scbCode(), m.municipalityTotal(o.id())))
					.toList(),
				m.rows().stream()
					.map(r -> new GoalRow(r.goal().id(), r.goal().code(), r.goal().title(), r.goal().level(),
							r.goal().parentId(), r.total(), r.counts()))
					.toList(),
				m.total());
	}

}
