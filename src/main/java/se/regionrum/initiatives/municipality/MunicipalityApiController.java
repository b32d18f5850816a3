package se.regionrum.initiatives.municipality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Municipality overviews", description = "Everything about one municipality's development work")
class MunicipalityApiController {

	private final MunicipalityOverviews overviews;

	MunicipalityApiController(MunicipalityOverviews overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/api/v1/municipality-overviews/{id:\\d+}")
	@Operation(summary = "A municipality's initiatives (one page), counts per status, open obstacles, funding totals, "
			+ "goal coverage and large establishments with their impact there", operationId = "getMunicipalityOverview")
	@SecurityRequirements
	MunicipalityOverview overview(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
		return overviews.overview(id, page);
	}

}
