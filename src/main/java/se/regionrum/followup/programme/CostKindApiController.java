package se.regionrum.followup.programme;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cost kinds", description = "Cost kinds (kostnadsslag) of programme cost lines: data that administrators manage")
class CostKindApiController {

	private final CostKindService service;

	CostKindApiController(CostKindService service) {
		this.service = service;
	}

	@GetMapping("/api/v1/cost-kinds")
	@Operation(summary = "Cost kinds (personal, externa tjänster, resor, lokaler, övrigt …), active and inactive, in order",
			description = "Inactive kinds are not accepted for new cost lines; existing lines keep them.",
			operationId = "listCostKinds")
	@SecurityRequirements
	List<CostKind> list() {
		return service.all();
	}

	@GetMapping("/api/v1/cost-kinds/{id:\\d+}")
	@Operation(summary = "Get one cost kind", operationId = "getCostKind")
	@SecurityRequirements
	CostKind get(@PathVariable long id) {
		return service.get(id);
	}

	@PostMapping("/api/v1/cost-kinds")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a cost kind (administrators)",
			description = "The code is made from the name when left out and cannot be changed later; code and names must be unique. Without a position the kind goes last.",
			operationId = "createCostKind")
	ResponseEntity<CostKind> create(@Valid @RequestBody CostKindRequest request) {
		CostKind saved = service.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/cost-kinds/" + saved.id())).body(saved);
	}

	@PutMapping("/api/v1/cost-kinds/{id:\\d+}")
	@Operation(summary = "Rename, reorder, deactivate or reactivate a cost kind (administrators)",
			description = "The code stays; position and active are left as they are when not given.",
			operationId = "updateCostKind")
	CostKind update(@PathVariable long id, @Valid @RequestBody CostKindRequest request) {
		return service.update(id, request.toForm());
	}

	@DeleteMapping("/api/v1/cost-kinds/{id:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a cost kind that no cost line uses (administrators); one in use answers 409 and can only be deactivated",
			operationId = "deleteCostKind")
	void delete(@PathVariable long id) {
		service.delete(id);
	}

}
