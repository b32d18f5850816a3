package se.regionrum.initiatives.practice;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.regionrum.initiatives.PracticeCase;
import se.regionrum.platform.NotFoundException;

@RestController
@Tag(name = "Practice cases", description = "Initiatives flagged as practice cases (praktikfall) and their stories")
class PracticeStoryApiController {

	private final PracticeStoryService stories;

	PracticeStoryApiController(PracticeStoryService stories) {
		this.stories = stories;
	}

	@GetMapping("/api/v1/practice-cases")
	@Operation(summary = "Practice cases with municipalities, themes and story (Markdown source)",
			description = "Anonymous callers get those of published initiatives only.", operationId = "listPracticeCases")
	@SecurityRequirements
	List<PracticeCase> list() {
		return stories.practiceCases();
	}

	@GetMapping("/api/v1/practice-cases/{initiativeId:\\d+}")
	@Operation(summary = "One practice case", operationId = "getPracticeCase")
	@SecurityRequirements
	PracticeCase get(@PathVariable long initiativeId) {
		return stories.practiceCase(initiativeId).orElseThrow(() -> new NotFoundException("Practice case", initiativeId));
	}

	@GetMapping("/api/v1/initiatives/{initiativeId:\\d+}/practice-story")
	@Operation(summary = "The practice story of an initiative (404 when none is written)",
			operationId = "getPracticeStory")
	@SecurityRequirements
	PracticeStory story(@PathVariable long initiativeId) {
		return stories.ofInitiative(initiativeId)
			.orElseThrow(() -> new NotFoundException("Practice story", initiativeId));
	}

	@PutMapping("/api/v1/initiatives/{initiativeId:\\d+}/practice-story")
	@Operation(summary = "Write the practice story of an initiative (those who may change the initiative); "
			+ "all parts empty deletes it", operationId = "putPracticeStory")
	ResponseEntity<PracticeStory> put(@PathVariable long initiativeId, @Valid @RequestBody PracticeStoryRequest request) {
		return stories.save(initiativeId, request.toForm()).map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
