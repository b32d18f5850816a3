package se.regionrum.followup.programme;

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

/** The programme API: list, read, create, change and delete; the parts are in {@link ProgrammePartsApiController}. */
@RestController
@Tag(name = ProgrammeApiController.TAG, description = ProgrammeApiController.TAG_DESCRIPTION)
class ProgrammeApiController {

	static final String TAG = "Programmes";

	static final String TAG_DESCRIPTION = "Programmes and projects with action areas, activities, cost lines and evaluations";

	private final ProgrammeService service;

	private final ActionAreaService areas;

	ProgrammeApiController(ProgrammeService service, ActionAreaService areas) {
		this.service = service;
		this.areas = areas;
	}

	@GetMapping("/api/v1/programmes")
	@Operation(summary = "List programmes and projects",
			description = "Filter by status, a year the period covers, owner organisation and strategy goal. Anonymous callers get published programmes only.",
			operationId = "listProgrammes")
	@SecurityRequirements
	List<ProgrammeSummary> list(@ParameterObject @ModelAttribute ProgrammeFilter filter) {
		return service.list(filter);
	}

	@GetMapping("/api/v1/programmes/{id:\\d+}")
	@Operation(summary = "Get one programme with its parts", operationId = "getProgramme")
	@SecurityRequirements
	ProgrammeResponse get(@PathVariable long id) {
		return response(service.get(id));
	}

	@PostMapping("/api/v1/programmes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a programme (administrators, or editors for their own organisation)",
			operationId = "createProgramme")
	ResponseEntity<ProgrammeResponse> create(@Valid @RequestBody ProgrammeRequest request) {
		Programme saved = service.create(request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/programmes/" + saved.id())).body(response(saved));
	}

	@PutMapping("/api/v1/programmes/{id:\\d+}")
	@Operation(summary = "Update a programme", operationId = "updateProgramme")
	ProgrammeResponse update(@PathVariable long id, @Valid @RequestBody ProgrammeRequest request) {
		return response(service.update(id, request.toCommand()));
	}

	@DeleteMapping("/api/v1/programmes/{id:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a programme with all its parts", operationId = "deleteProgramme")
	void delete(@PathVariable long id) {
		service.delete(id);
	}

	private ProgrammeResponse response(Programme p) {
		long id = p.id();
		return new ProgrammeResponse(id, p.kind(), p.name(), p.summary(), p.purpose(), p.goals(), p.startDate(),
				p.endDate(), p.status(), p.ownerOrganisationId(), p.contactPersonId(), p.workingGroupId(),
				p.dissemination(), p.published(), service.goalIds(id), service.partners(id), service.results(id),
				service.lessons(id), service.measures(id), service.outcomeIds(id), areas.actionAreas(id));
	}

}
