package se.regionrum.strategy.strategy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.regionrum.platform.PageResult;
import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;

@RestController
@RequestMapping("/api/v1/strategies")
@Tag(name = "Strategies", description = "The regional development strategy (RUS) and the municipalities' development strategies")
class StrategyApiController {

	private final StrategyService strategies;

	StrategyApiController(StrategyService strategies) {
		this.strategies = strategies;
	}

	record StrategyResponse(long id, long version, String name, StrategyKind kind, long ownerOrganisationId,
			String ownerName, Integer periodStart, Integer periodEnd, StrategyStatus status, LocalDate adoptedOn,
			String documentUrl, String description, boolean published, Long revisesId, Instant updatedAt) {

		static StrategyResponse of(Strategy s, String ownerName) {
			return new StrategyResponse(s.id(), s.version(), s.name(), s.kind(), s.ownerOrganisationId(), ownerName,
					s.periodStart(), s.periodEnd(), s.status(), s.adoptedOn(), s.documentUrl(), s.description(),
					s.published(), s.revisesId(), s.updatedAt());
		}

	}

	record RevisionRequest(String name) {
	}

	private StrategyResponse response(Strategy s) {
		return StrategyResponse.of(s, strategies.ownerName(s));
	}

	@GetMapping
	@Operation(summary = "List strategies", description = "Anonymous callers see published strategies only. Filter by "
			+ "text, kind, status and owner organisation; sort by name, kind, status, period, adoptedOn or goals; pages "
			+ "start at 0.", operationId = "listStrategies")
	@SecurityRequirements
	PageResult<StrategySummary> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) StrategyKind kind, @RequestParam(required = false) StrategyStatus status,
			@RequestParam(required = false) Long ownerId, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return strategies.list(new StrategyFilter(q, kind, status, ownerId, sort, dir), page,
				Math.min(Math.max(size, 1), 500));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one strategy (unpublished ones need sign-in)", operationId = "getStrategy")
	@SecurityRequirements
	StrategyResponse get(@PathVariable long id) {
		return response(strategies.getVisible(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a strategy (administrators, or editors of the owner organisation)",
			operationId = "createStrategy")
	ResponseEntity<StrategyResponse> create(@Valid @RequestBody StrategyRequest request) {
		Strategy saved = strategies.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/strategies/" + saved.id())).body(response(saved));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a strategy (administrators, or editors of the owner organisation)",
			description = "Send the version you read in If-Match to be told (409) when someone else changed it since.",
			operationId = "updateStrategy")
	StrategyResponse update(@PathVariable long id, @Valid @RequestBody StrategyRequest request,
			@RequestHeader(name = "If-Match", required = false) Long version) {
		return response(strategies.update(id, request.toForm(), version));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a strategy that has not been on consultation and is not referred to",
			operationId = "deleteStrategy")
	void delete(@PathVariable long id) {
		strategies.delete(id);
	}

	@PostMapping("/{id}/revisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a revision: a new draft with a copy of the active goals", operationId = "reviseStrategy")
	ResponseEntity<StrategyResponse> revise(@PathVariable long id, @RequestBody RevisionRequest request) {
		Strategy saved = strategies.createRevision(id, request.name());
		return ResponseEntity.created(URI.create("/api/v1/strategies/" + saved.id())).body(response(saved));
	}

}
