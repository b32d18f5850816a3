package se.regionrum.strategy.plan;

import java.net.URI;
import java.util.List;

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
@RequestMapping("/api/v1/plan-types")
@Tag(name = "Plan types", description = "The kinds of municipal plan, each with how many years a plan counts as current")
class PlanTypeApiController {

	private final PlanTypeService types;

	PlanTypeApiController(PlanTypeService types) {
		this.types = types;
	}

	record PlanTypeResponse(long id, long version, String code, String name, String nameEn, String pluralName,
			String pluralNameEn, Integer validityYears, int position, String description, boolean active) {

		static PlanTypeResponse of(PlanType t) {
			return new PlanTypeResponse(t.id(), t.version(), t.code(), t.name(), t.nameEn(), t.pluralName(),
					t.pluralNameEn(), t.validityYears(),
					t.position(), t.description(), t.active());
		}

	}

	@GetMapping
	@Operation(summary = "List plan types in display order", operationId = "listPlanTypes")
	@SecurityRequirements
	List<PlanTypeResponse> list() {
		return types.all().stream().map(PlanTypeResponse::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one plan type", operationId = "getPlanType")
	@SecurityRequirements
	PlanTypeResponse get(@PathVariable long id) {
		return PlanTypeResponse.of(types.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a plan type (administrators)", operationId = "createPlanType")
	ResponseEntity<PlanTypeResponse> create(@Valid @RequestBody PlanTypeRequest request) {
		PlanType saved = types.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/plan-types/" + saved.id())).body(PlanTypeResponse.of(saved));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a plan type (administrators)", description = "Send the version you read in If-Match "
			+ "to be told (409) when someone else changed it since.", operationId = "updatePlanType")
	PlanTypeResponse update(@PathVariable long id, @Valid @RequestBody PlanTypeRequest request,
			@RequestHeader(name = "If-Match", required = false) Long version) {
		return PlanTypeResponse.of(types.update(id, request.toForm(), version));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a plan type no plan has (administrators)", operationId = "deletePlanType")
	void delete(@PathVariable long id) {
		types.delete(id);
	}

}
