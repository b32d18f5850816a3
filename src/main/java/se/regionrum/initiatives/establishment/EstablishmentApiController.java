package se.regionrum.initiatives.establishment;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/establishments")
@Tag(name = "Establishments", description = "Large establishments, their phases and impact estimates per municipality and year")
class EstablishmentApiController {

	private final EstablishmentService establishments;

	EstablishmentApiController(EstablishmentService establishments) {
		this.establishments = establishments;
	}

	record EstablishmentResponse(long id, long version, String company, long municipalityId, String sector,
			String description, Double latitude, Double longitude, int directJobs, double powerDemandMw,
			boolean published, LocalDate permitStartsOn, LocalDate permitEndsOn, LocalDate constructionStartsOn,
			LocalDate constructionEndsOn, LocalDate operationStartsOn, Assumptions assumptions,
			Map<Long, Double> shares, Instant updatedAt) {

		static EstablishmentResponse of(Establishment e) {
			return new EstablishmentResponse(e.id(), e.version(), e.company(), e.municipalityId(), e.sector(),
					e.description(), e.latitude(), e.longitude(), e.directJobs(), e.powerDemandMw(), e.published(),
					e.permitStartsOn(), e.permitEndsOn(), e.constructionStartsOn(), e.constructionEndsOn(),
					e.operationStartsOn(), e.assumptions(), ImpactEstimate.shares(e), e.updatedAt());
		}

	}

	record Impact(Assumptions assumptions, Map<Long, Double> shares, List<ImpactEstimate.Row> rows) {
	}

	@GetMapping
	@Operation(summary = "List large establishments", operationId = "listEstablishments")
	@SecurityRequirements
	List<EstablishmentResponse> list() {
		return establishments.list().stream().map(EstablishmentResponse::of).toList();
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "Get one large establishment", operationId = "getEstablishment")
	@SecurityRequirements
	EstablishmentResponse get(@PathVariable long id) {
		return EstablishmentResponse.of(establishments.get(id));
	}

	@GetMapping("/{id:\\d+}/impact")
	@Operation(summary = "Impact estimate per municipality and year from the saved assumptions",
			operationId = "getEstablishmentImpact")
	@SecurityRequirements
	Impact impact(@PathVariable long id) {
		Establishment e = establishments.get(id);
		return new Impact(e.assumptions(), ImpactEstimate.shares(e), establishments.impact(e));
	}

	@PostMapping("/{id:\\d+}/impact")
	@Operation(summary = "What-if: the impact estimate from other assumptions, without saving them",
			operationId = "estimateEstablishmentImpact")
	Impact whatIf(@PathVariable long id, @Valid @RequestBody AssumptionsRequest request) {
		AssumptionsForm assumptions = request.toForm();
		Establishment e = establishments.get(id);
		Map<Long, Double> shares = assumptions.statedShares().isEmpty() ? ImpactEstimate.shares(e)
				: assumptions.statedShares();
		establishments.checkShares(assumptions.statedShares());
		return new Impact(assumptions.toAssumptions(), shares, establishments.impact(e, assumptions));
	}

	@PutMapping("/{id:\\d+}/assumptions")
	@Operation(summary = "Save new assumptions (editors of the establishment's municipality, administrators)",
			operationId = "updateEstablishmentAssumptions")
	Impact saveAssumptions(@PathVariable long id, @Valid @RequestBody AssumptionsRequest request) {
		Establishment e = establishments.updateAssumptions(id, request.toForm());
		return new Impact(e.assumptions(), ImpactEstimate.shares(e), establishments.impact(e));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a large establishment (editors of its municipality, administrators)",
			operationId = "createEstablishment")
	ResponseEntity<EstablishmentResponse> create(@Valid @RequestBody EstablishmentRequest request) {
		Establishment saved = establishments.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/establishments/" + saved.id()))
			.body(EstablishmentResponse.of(saved));
	}

	@PutMapping("/{id:\\d+}")
	@Operation(summary = "Update a large establishment", operationId = "updateEstablishment")
	EstablishmentResponse update(@PathVariable long id, @Valid @RequestBody EstablishmentRequest request,
			@RequestHeader(name = "If-Match", required = false) Long version) {
		return EstablishmentResponse.of(establishments.update(id, request.toForm(), version));
	}

	@DeleteMapping("/{id:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a large establishment", operationId = "deleteEstablishment")
	void delete(@PathVariable long id) {
		establishments.delete(id);
	}

}
