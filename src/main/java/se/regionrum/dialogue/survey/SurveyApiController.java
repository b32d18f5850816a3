package se.regionrum.dialogue.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.regionrum.platform.InvalidInputException;

/**
 * Surveys through the REST API: the same builder rules as the pages (drafts change, published
 * surveys are closed or copied), answering by the survey's public key, and results.
 */
@RestController
@Tag(name = "Surveys", description = "Surveys and evaluations of a meeting or a whole series: build questions in a "
		+ "draft, publish, close, copy, answer and read results")
class SurveyApiController {

	private final SurveyService surveys;

	private final MessageSource messages;

	SurveyApiController(SurveyService surveys, MessageSource messages) {
		this.surveys = surveys;
		this.messages = messages;
	}

	/** A new draft; questions are optional and are checked all together (nothing stored on an error). */
	record SurveyRequest(String title, String intro, List<QuestionRequest> questions) {
	}

	/**
	 * A question: kind FREE_TEXT, SCALE, SINGLE_CHOICE, MULTIPLE_CHOICE, RANKING or YES_NO; options
	 * for the choice kinds and ranking; scaleMin (0 or 1), scaleMax (up to 10) and the end labels
	 * for a scale (1–5 when left out).
	 */
	record QuestionRequest(QuestionKind kind, String text, Boolean required, List<String> options, Integer scaleMin,
			Integer scaleMax, String minLabel, String maxLabel) {

		QuestionForm toForm() {
			return new QuestionForm(kind, text, Boolean.TRUE.equals(required), options, scaleMin, scaleMax, minLabel,
					maxLabel);
		}

	}

	record SurveyDetail(Survey survey, int responses, List<Survey.Question> questions) {
	}

	record OrderRequest(List<Long> questionIds) {
	}

	/**
	 * A response: for each question its values (one; several for multiple choice; all options in
	 * order for a ranking). {@code participant} is an id the client keeps for its user (32 hex
	 * digits, as the answering page's device cookie): one response per participant.
	 */
	record ResponseRequest(String participant, Map<Long, List<String>> answers) {
	}

	record ResponseResult(SurveyService.Response result) {
	}

	/** What participants see of a published survey. */
	record PublicSurvey(String title, String intro, SurveyStatus status, List<Survey.Question> questions) {
	}

	private List<QuestionForm> forms(List<QuestionRequest> questions) {
		return questions == null ? List.of() : questions.stream().map(q -> q == null ? null : q.toForm()).toList();
	}

	@PostMapping("/api/v1/meetings/{id}/surveys")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a survey draft for a meeting", operationId = "createSurvey")
	SurveyDetail create(@PathVariable long id, @RequestBody SurveyRequest request) {
		return detail(surveys.create(id, null, request.title(), request.intro(), forms(request.questions())));
	}

	@GetMapping("/api/v1/meetings/{id}/surveys")
	@Operation(summary = "Surveys of a meeting (its editors)", operationId = "listSurveys")
	List<Survey> list(@PathVariable long id) {
		return surveys.ofMeeting(id);
	}

	@PostMapping("/api/v1/series/{id}/surveys")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a survey draft for a whole series (its organisers)", operationId = "createSeriesSurvey")
	SurveyDetail createForSeries(@PathVariable long id, @RequestBody SurveyRequest request) {
		return detail(surveys.create(null, id, request.title(), request.intro(), forms(request.questions())));
	}

	@GetMapping("/api/v1/series/{id}/surveys")
	@Operation(summary = "Surveys of a whole series (its organisers)", operationId = "listSeriesSurveys")
	List<Survey> listForSeries(@PathVariable long id) {
		return surveys.ofSeries(id);
	}

	@GetMapping("/api/v1/surveys/{id}")
	@Operation(summary = "A survey with its questions (its editors)", operationId = "getSurvey")
	SurveyDetail get(@PathVariable long id) {
		return detail(surveys.forEditor(id));
	}

	@PutMapping("/api/v1/surveys/{id}")
	@Operation(summary = "Change a survey's title and introduction", operationId = "updateSurvey")
	SurveyDetail update(@PathVariable long id, @RequestBody SurveyRequest request) {
		return detail(surveys.update(id, request.title(), request.intro()));
	}

	@DeleteMapping("/api/v1/surveys/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a draft (a published survey is closed instead)", operationId = "deleteSurvey")
	void delete(@PathVariable long id) {
		surveys.deleteDraft(id);
	}

	@PostMapping("/api/v1/surveys/{id}/questions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a question to a draft", operationId = "addSurveyQuestion")
	Survey.Question addQuestion(@PathVariable long id, @RequestBody QuestionRequest request) {
		return surveys.addQuestion(id, request.toForm());
	}

	@PutMapping("/api/v1/surveys/{id}/questions/{questionId}")
	@Operation(summary = "Change a question of a draft", operationId = "updateSurveyQuestion")
	Survey.Question updateQuestion(@PathVariable long id, @PathVariable long questionId,
			@RequestBody QuestionRequest request) {
		return surveys.updateQuestion(id, questionId, request.toForm());
	}

	@DeleteMapping("/api/v1/surveys/{id}/questions/{questionId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a question from a draft", operationId = "deleteSurveyQuestion")
	void deleteQuestion(@PathVariable long id, @PathVariable long questionId) {
		surveys.deleteQuestion(id, questionId);
	}

	@PutMapping("/api/v1/surveys/{id}/questions/order")
	@Operation(summary = "Put a draft's questions in order (every question id once)", operationId = "orderSurveyQuestions")
	List<Survey.Question> order(@PathVariable long id, @RequestBody OrderRequest request) {
		return surveys.reorder(id, request.questionIds());
	}

	@PostMapping("/api/v1/surveys/{id}/publish")
	@Operation(summary = "Publish a draft: it takes answers and its questions are fixed", operationId = "publishSurvey")
	SurveyDetail publish(@PathVariable long id) {
		return detail(surveys.publish(id));
	}

	@PostMapping("/api/v1/surveys/{id}/close")
	@Operation(summary = "Close a published survey", operationId = "closeSurvey")
	SurveyDetail close(@PathVariable long id) {
		return detail(surveys.close(id));
	}

	@PostMapping("/api/v1/surveys/{id}/reopen")
	@Operation(summary = "Open a closed survey again", operationId = "reopenSurvey")
	SurveyDetail reopen(@PathVariable long id) {
		return detail(surveys.reopen(id));
	}

	@PostMapping("/api/v1/surveys/{id}/draft")
	@Operation(summary = "Take a published survey without answers back to draft", operationId = "surveyBackToDraft")
	SurveyDetail backToDraft(@PathVariable long id) {
		return detail(surveys.backToDraft(id));
	}

	@PostMapping("/api/v1/surveys/{id}/copy")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Copy a survey into a new draft with the same questions", operationId = "copySurvey")
	SurveyDetail copy(@PathVariable long id) {
		return detail(surveys.copy(id));
	}

	@GetMapping("/api/v1/surveys/{id}/results")
	@Operation(summary = "Results per question", description = "Choice and yes/no: count per option; scale: count per "
			+ "step and mean; free text: grouped answers, most frequent first; ranking: points per option (place 1 of n "
			+ "gives n points, the last place 1), count and percent are first places.", operationId = "getSurveyResults")
	List<Survey.QuestionResult> results(@PathVariable long id) {
		return surveys.results(id);
	}

	@GetMapping("/api/v1/survey-forms/{key}")
	@Operation(summary = "A published survey as participants see it, by its public key (no account)",
			operationId = "getSurveyForm")
	PublicSurvey form(@PathVariable String key) {
		Survey survey = surveys.forParticipants(key);
		return new PublicSurvey(survey.title(), survey.intro(), survey.status(), surveys.questions(survey.id()));
	}

	@PostMapping("/api/v1/survey-forms/{key}/responses")
	@Operation(summary = "Answer a published survey (no account)", description = "One response per participant id; "
			+ "the whole response is refused (400, naming the question) when a required question is unanswered, a "
			+ "value is not allowed, or nothing is answered.", operationId = "answerSurvey")
	ResponseResult respond(@PathVariable String key, @RequestBody ResponseRequest request) {
		Survey survey = surveys.forParticipants(key);
		if (request.participant() == null || !request.participant().matches("[0-9a-f]{32}")) {
			throw new InvalidInputException("participant", "dialogue.survey.answer.participant");
		}
		return new ResponseResult(surveys.respond(survey, "api:" + request.participant(),
				request.answers() == null ? Map.of() : request.answers()));
	}

	private SurveyDetail detail(Survey survey) {
		return new SurveyDetail(survey, surveys.responses(survey.id()), surveys.questions(survey.id()));
	}

	/** A refused answer names its question, which the platform's handler (key only) cannot say. */
	@ExceptionHandler(SurveyInputException.class)
	ProblemDetail refused(SurveyInputException ex, Locale locale) {
		String message = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", ex.field());
		error.put("message", message);
		problem.setProperty("errors", List.of(error));
		return problem;
	}

}
