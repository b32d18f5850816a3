package se.regionrum.dialogue.series;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/series")
@Tag(name = "Meeting series", description = "Learning projects, seminar, lecture and workshop series")
class SeriesApiController {

	private final SeriesService series;

	SeriesApiController(SeriesService series) {
		this.series = series;
	}

	@GetMapping
	@Operation(summary = "List meeting series", operationId = "listSeries")
	@SecurityRequirements
	List<Series> list() {
		return series.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one meeting series", operationId = "getSeries")
	@SecurityRequirements
	Series get(@PathVariable long id) {
		return series.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a series (administrators, editors of an organiser)", operationId = "createSeries")
	ResponseEntity<Series> create(@Valid @RequestBody SeriesRequest request) {
		Series saved = series.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/series/" + saved.id())).body(saved);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a series", operationId = "updateSeries")
	Series update(@PathVariable long id, @Valid @RequestBody SeriesRequest request) {
		return series.update(id, request.toForm());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a series (its meetings stay, without series)", operationId = "deleteSeries")
	void delete(@PathVariable long id) {
		series.delete(id);
	}

}
