package se.regionrum.initiatives.obstacle;

import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Obstacles", description = "Development obstacles of initiatives and who can remove them")
class ObstacleApiController {

	private final ObstacleService obstacles;

	ObstacleApiController(ObstacleService obstacles) {
		this.obstacles = obstacles;
	}

	@GetMapping("/api/v1/obstacles/open")
	@Operation(summary = "Open obstacles (not removed) grouped by who can remove them",
			description = "Optionally for one municipality. Anonymous callers get those of published initiatives only.",
			operationId = "listOpenObstacles")
	@SecurityRequirements
	Map<ObstacleRemover, List<OpenObstacle>> open(@RequestParam(required = false) Long municipality) {
		return obstacles.openByRemover(municipality);
	}

	@GetMapping("/api/v1/initiatives/{initiativeId:\\d+}/obstacles")
	@Operation(summary = "Obstacles of an initiative", operationId = "listInitiativeObstacles")
	@SecurityRequirements
	List<Obstacle> list(@PathVariable long initiativeId) {
		return obstacles.ofInitiative(initiativeId);
	}

	@GetMapping("/api/v1/obstacles/{id:\\d+}")
	@Operation(summary = "Get one obstacle", operationId = "getObstacle")
	@SecurityRequirements
	Obstacle get(@PathVariable long id) {
		return obstacles.get(id);
	}

	@PostMapping("/api/v1/initiatives/{initiativeId:\\d+}/obstacles")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an obstacle to an initiative (those who may change the initiative)",
			operationId = "createObstacle")
	ResponseEntity<Obstacle> create(@PathVariable long initiativeId, @Valid @RequestBody ObstacleRequest request) {
		Obstacle saved = obstacles.create(initiativeId, request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/obstacles/" + saved.id())).body(saved);
	}

	@PutMapping("/api/v1/obstacles/{id:\\d+}")
	@Operation(summary = "Update an obstacle, e.g. its status; empty dates are filled in as the status moves on",
			operationId = "updateObstacle")
	Obstacle update(@PathVariable long id, @Valid @RequestBody ObstacleRequest request) {
		return obstacles.update(id, request.toForm());
	}

	@DeleteMapping("/api/v1/obstacles/{id:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an obstacle", operationId = "deleteObstacle")
	void delete(@PathVariable long id) {
		obstacles.delete(id);
	}

}
