package se.regionrum.followup.method;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Methods", description = "Methods (metoder) of the method handbook: dialogue and planning methods, ways of working")
class WorkingMethodApiController {

	private final WorkingMethodService methods;

	WorkingMethodApiController(WorkingMethodService methods) {
		this.methods = methods;
	}

	@GetMapping("/api/v1/methods")
	@Operation(summary = "All methods, by title (signed-in callers)", operationId = "listMethods")
	List<WorkingMethod> list() {
		return methods.list();
	}

	@GetMapping("/api/v1/methods/{id:\\d+}")
	@Operation(summary = "One method; texts are Markdown source", operationId = "getMethod")
	WorkingMethod get(@PathVariable long id) {
		return methods.get(id);
	}

	@PostMapping("/api/v1/methods")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a method (administrators, editors for their own organisation)",
			operationId = "createMethod")
	ResponseEntity<WorkingMethod> create(@Valid @RequestBody WorkingMethodRequest request) {
		WorkingMethod saved = methods.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/methods/" + saved.id())).body(saved);
	}

	@PutMapping("/api/v1/methods/{id:\\d+}")
	@Operation(summary = "Update a method", operationId = "updateMethod")
	WorkingMethod update(@PathVariable long id, @Valid @RequestBody WorkingMethodRequest request) {
		return methods.update(id, request.toForm(), null);
	}

	@DeleteMapping("/api/v1/methods/{id:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a method", operationId = "deleteMethod")
	void delete(@PathVariable long id) {
		methods.delete(id);
	}

}
