package se.regionrum.initiatives.funding;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.regionrum.initiatives.coverage.CoverageQueries;
import se.regionrum.initiatives.initiative.InitiativeFilter;
import se.regionrum.initiatives.initiative.InitiativeService;

@RestController
@Tag(name = "Funding", description = "Funding lines of initiatives and their totals per source, year, municipality and goal")
class FundingApiController {

	private final FundingService funding;

	private final FundingQueries totals;

	private final InitiativeService initiatives;

	private final CoverageQueries coverage;

	FundingApiController(FundingService funding, FundingQueries totals, InitiativeService initiatives,
			CoverageQueries coverage) {
		this.funding = funding;
		this.totals = totals;
		this.initiatives = initiatives;
		this.coverage = coverage;
	}

	@GetMapping("/api/v1/funding/totals")
	@Operation(summary = "Funding totals of the filtered initiatives per source and year, municipality and goal",
			description = "Takes the same filter as the initiative list. Anonymous callers get published initiatives only.",
			operationId = "getFundingTotals")
	@SecurityRequirements
	FundingQueries.Summary totals(@ParameterObject @ModelAttribute InitiativeFilter filter) {
		return totals.summary(initiatives.criteria(filter), coverage.regionalGoals());
	}

	@GetMapping("/api/v1/initiatives/{initiativeId:\\d+}/funding")
	@Operation(summary = "Funding lines of an initiative", operationId = "listInitiativeFunding")
	@SecurityRequirements
	List<FundingLine> list(@PathVariable long initiativeId) {
		return funding.ofInitiative(initiativeId);
	}

	@GetMapping("/api/v1/funding/{id:\\d+}")
	@Operation(summary = "Get one funding line", operationId = "getFundingLine")
	@SecurityRequirements
	FundingLine get(@PathVariable long id) {
		return funding.get(id);
	}

	@PostMapping("/api/v1/initiatives/{initiativeId:\\d+}/funding")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a funding line to an initiative (those who may change the initiative)",
			operationId = "createFundingLine")
	ResponseEntity<FundingLine> create(@PathVariable long initiativeId, @Valid @RequestBody FundingRequest request) {
		FundingLine saved = funding.create(initiativeId, request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/funding/" + saved.id())).body(saved);
	}

	@PutMapping("/api/v1/funding/{id:\\d+}")
	@Operation(summary = "Update a funding line", operationId = "updateFundingLine")
	FundingLine update(@PathVariable long id, @Valid @RequestBody FundingRequest request) {
		return funding.update(id, request.toForm());
	}

	@DeleteMapping("/api/v1/funding/{id:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a funding line", operationId = "deleteFundingLine")
	void delete(@PathVariable long id) {
		funding.delete(id);
	}

}
