package se.regionrum.followup.programme;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The API of a programme's parts: action areas, activities, cost lines and evaluations, tagged as the programmes. */
@RestController
@Tag(name = ProgrammeApiController.TAG, description = ProgrammeApiController.TAG_DESCRIPTION)
class ProgrammePartsApiController {

	private final ActionAreaService areas;

	private final ActivityService activities;

	private final CostLineService costs;

	private final EvaluationService evaluations;

	ProgrammePartsApiController(ActionAreaService areas, ActivityService activities, CostLineService costs,
			EvaluationService evaluations) {
		this.areas = areas;
		this.activities = activities;
		this.costs = costs;
		this.evaluations = evaluations;
	}

	// action areas

	@GetMapping("/api/v1/programmes/{id:\\d+}/action-areas")
	@Operation(summary = "Action areas of a programme", operationId = "listActionAreas")
	@SecurityRequirements
	List<ActionArea> areas(@PathVariable long id) {
		return areas.actionAreas(id);
	}

	@PostMapping("/api/v1/programmes/{id:\\d+}/action-areas")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an action area", operationId = "createActionArea")
	ActionArea createArea(@PathVariable long id, @Valid @RequestBody ActionAreaRequest request) {
		return areas.addActionArea(id, request.toForm());
	}

	@PutMapping("/api/v1/programmes/action-areas/{areaId:\\d+}")
	@Operation(summary = "Update an action area", operationId = "updateActionArea")
	ActionArea updateArea(@PathVariable long areaId, @Valid @RequestBody ActionAreaRequest request) {
		return areas.updateActionArea(areaId, request.toForm());
	}

	@DeleteMapping("/api/v1/programmes/action-areas/{areaId:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an action area with its activities", operationId = "deleteActionArea")
	void deleteArea(@PathVariable long areaId) {
		areas.deleteActionArea(areaId);
	}

	// activities

	@GetMapping("/api/v1/programmes/{id:\\d+}/activities")
	@Operation(summary = "Activities of a programme", operationId = "listActivities")
	@SecurityRequirements
	List<Activity> activities(@PathVariable long id) {
		return activities.activities(id);
	}

	@PostMapping("/api/v1/programmes/{id:\\d+}/activities")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an activity; its date must lie within the programme's period", operationId = "createActivity")
	Activity createActivity(@PathVariable long id, @Valid @RequestBody ActivityRequest request) {
		return activities.addActivity(id, request.toForm());
	}

	@PutMapping("/api/v1/programmes/activities/{activityId:\\d+}")
	@Operation(summary = "Update an activity", operationId = "updateActivity")
	Activity updateActivity(@PathVariable long activityId, @Valid @RequestBody ActivityRequest request) {
		return activities.updateActivity(activityId, request.toForm());
	}

	@DeleteMapping("/api/v1/programmes/activities/{activityId:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an activity", operationId = "deleteActivity")
	void deleteActivity(@PathVariable long activityId) {
		activities.deleteActivity(activityId);
	}

	// costs

	@GetMapping("/api/v1/programmes/{id:\\d+}/costs")
	@Operation(summary = "Cost lines (budget and expenditure per year and cost kind, whole kronor)", operationId = "listCostLines")
	@SecurityRequirements
	List<CostLine> costs(@PathVariable long id) {
		return costs.costLines(id);
	}

	@PostMapping("/api/v1/programmes/{id:\\d+}/costs")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a cost line; its year must lie within the programme's period", operationId = "createCostLine")
	CostLine createCost(@PathVariable long id, @Valid @RequestBody CostLineRequest request) {
		return costs.addCostLine(id, request.toForm());
	}

	@PutMapping("/api/v1/programmes/costs/{lineId:\\d+}")
	@Operation(summary = "Update a cost line", operationId = "updateCostLine")
	CostLine updateCost(@PathVariable long lineId, @Valid @RequestBody CostLineRequest request) {
		return costs.updateCostLine(lineId, request.toForm());
	}

	@DeleteMapping("/api/v1/programmes/costs/{lineId:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a cost line", operationId = "deleteCostLine")
	void deleteCost(@PathVariable long lineId) {
		costs.deleteCostLine(lineId);
	}

	// evaluations

	@GetMapping("/api/v1/programmes/{id:\\d+}/evaluations")
	@Operation(summary = "Evaluations of a programme", operationId = "listEvaluations")
	@SecurityRequirements
	List<Evaluation> evaluations(@PathVariable long id) {
		return evaluations.evaluations(id);
	}

	@PostMapping("/api/v1/programmes/{id:\\d+}/evaluations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a mid-term or final evaluation with the surveys it used", operationId = "createEvaluation")
	Evaluation createEvaluation(@PathVariable long id, @Valid @RequestBody EvaluationRequest request) {
		return evaluations.addEvaluation(id, request.toForm());
	}

	@PutMapping("/api/v1/programmes/evaluations/{evaluationId:\\d+}")
	@Operation(summary = "Update an evaluation", operationId = "updateEvaluation")
	Evaluation updateEvaluation(@PathVariable long evaluationId, @Valid @RequestBody EvaluationRequest request) {
		return evaluations.updateEvaluation(evaluationId, request.toForm());
	}

	@DeleteMapping("/api/v1/programmes/evaluations/{evaluationId:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an evaluation", operationId = "deleteEvaluation")
	void deleteEvaluation(@PathVariable long evaluationId) {
		evaluations.deleteEvaluation(evaluationId);
	}

}
