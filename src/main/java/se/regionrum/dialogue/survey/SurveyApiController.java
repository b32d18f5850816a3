package se.regionrum.dialogue.survey;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Surveys", description = "Surveys and evaluations after a meeting or a whole series, with results ranked by frequency")
class SurveyApiController {

	private final SurveyService surveys;

	SurveyApiController(SurveyService surveys) {
		this.surveys = surveys;
	}

	record SurveyRequest(String title, String intro, String questions) {
	}

	@PostMapping("/api/v1/meetings/{id}/surveys")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a survey for a meeting", description = "Questions one a line: 'TEXT: …', "
			+ "'SCALE: …' or 'CHOICE: … | option | option'.", operationId = "createSurvey")
	Survey create(@PathVariable long id, @RequestBody SurveyRequest request) {
		return surveys.create(id, null, request.title(), request.intro(), request.questions());
	}

	@GetMapping("/api/v1/meetings/{id}/surveys")
	@Operation(summary = "Surveys of a meeting", operationId = "listSurveys")
	List<Survey> list(@PathVariable long id) {
		return surveys.ofMeeting(id);
	}

	@PostMapping("/api/v1/series/{id}/surveys")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a survey for a whole series (its organisers)", description = "Questions as for a "
			+ "meeting's survey.", operationId = "createSeriesSurvey")
	Survey createForSeries(@PathVariable long id, @RequestBody SurveyRequest request) {
		return surveys.create(null, id, request.title(), request.intro(), request.questions());
	}

	@GetMapping("/api/v1/series/{id}/surveys")
	@Operation(summary = "Surveys of a whole series (its organisers)", operationId = "listSeriesSurveys")
	List<Survey> listForSeries(@PathVariable long id) {
		return surveys.ofSeries(id);
	}

	@GetMapping("/api/v1/surveys/{id}/results")
	@Operation(summary = "Results per question; free text ranked by frequency", operationId = "getSurveyResults")
	List<Survey.QuestionResult> results(@PathVariable long id) {
		return surveys.results(id);
	}

}
