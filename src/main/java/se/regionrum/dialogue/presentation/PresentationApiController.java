package se.regionrum.dialogue.presentation;

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

import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;

/**
 * Live presentations in the REST API: organisers list, create and present them; participants
 * answer the question shown now with the join code. The API has no session, so a participant
 * names itself with a random id of 32 hex digits ({@code participant}), kept by the client.
 */
@RestController
@Tag(name = "Live presentations", description = "Presentations of a meeting, presenter actions, results and answers")
class PresentationApiController {

	private final PresentationService presentations;

	PresentationApiController(PresentationService presentations) {
		this.presentations = presentations;
	}

	record QuestionRequest(QuestionKind kind, String question, String options) {
	}

	record PresentationRequest(String title, List<QuestionRequest> questions) {
	}

	record PositionRequest(Integer position) {
	}

	record FlagRequest(Boolean value) {
	}

	record PresentationView(Presentation presentation, String displayCode, Long currentQuestionId, List<Results> questions) {
	}

	record AnswerRequest(Long questionId, List<String> values, String participant) {
	}

	record AnswerResponse(PresentationService.AnswerResult result) {
	}

	@GetMapping("/api/v1/meetings/{id}/presentations")
	@Operation(summary = "Presentations of a meeting", operationId = "listPresentations")
	List<Presentation> list(@PathVariable long id) {
		return presentations.ofMeeting(id);
	}

	@PostMapping("/api/v1/meetings/{id}/presentations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a presentation, optionally with its questions (one transaction)", operationId = "createPresentation")
	PresentationView create(@PathVariable long id, @RequestBody PresentationRequest request) {
		Presentation created = presentations.createWithQuestions(id, request.title(),
				request.questions() == null ? List.of()
						: request.questions().stream()
							.map(q -> new PresentationService.NewQuestion(q.kind(), q.question(), q.options()))
							.toList());
		return view(created.id());
	}

	@GetMapping("/api/v1/presentations/{id}")
	@Operation(summary = "A presentation with its questions and their results", operationId = "getPresentation")
	PresentationView get(@PathVariable long id) {
		return view(id);
	}

	@PostMapping("/api/v1/presentations/{id}/questions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a question at the end", operationId = "addPresentationQuestion")
	Question addQuestion(@PathVariable long id, @RequestBody QuestionRequest request) {
		return presentations.addQuestion(id, request.kind(), request.question(), request.options());
	}

	@PostMapping("/api/v1/presentations/{id}/position")
	@Operation(summary = "Show the question at this position (from 0); the phones follow", operationId = "movePresentation")
	Presentation move(@PathVariable long id, @RequestBody PositionRequest request) {
		if (request.position() == null) {
			throw new InvalidInputException("position", "dialogue.presentation.noSuchPosition");
		}
		return presentations.move(id, request.position());
	}

	@PostMapping("/api/v1/presentations/{id}/next")
	@Operation(summary = "Show the next question", operationId = "nextPresentationQuestion")
	Presentation next(@PathVariable long id) {
		return presentations.step(id, 1);
	}

	@PostMapping("/api/v1/presentations/{id}/previous")
	@Operation(summary = "Show the previous question", operationId = "previousPresentationQuestion")
	Presentation previous(@PathVariable long id) {
		return presentations.step(id, -1);
	}

	@PostMapping("/api/v1/presentations/{id}/questions/{questionId}/locked")
	@Operation(summary = "Lock (value true) or unlock a question", operationId = "lockPresentationQuestion")
	Results lock(@PathVariable long id, @PathVariable long questionId, @RequestBody FlagRequest request) {
		presentations.setLocked(id, questionId, Boolean.TRUE.equals(request.value()));
		return presentations.results(id, questionId);
	}

	@PostMapping("/api/v1/presentations/{id}/questions/{questionId}/hidden")
	@Operation(summary = "Hide (value true) or show a question's results", operationId = "hidePresentationResults")
	Results hide(@PathVariable long id, @PathVariable long questionId, @RequestBody FlagRequest request) {
		presentations.setHidden(id, questionId, Boolean.TRUE.equals(request.value()));
		return presentations.results(id, questionId);
	}

	@GetMapping("/api/v1/presentations/{id}/questions/{questionId}/results")
	@Operation(summary = "Results of one question", operationId = "getPresentationResults")
	Results results(@PathVariable long id, @PathVariable long questionId) {
		return presentations.results(id, questionId);
	}

	@PostMapping("/api/v1/p/{code}/answers")
	@Operation(summary = "Answer the question shown now (participants; no account)", operationId = "answerPresentation")
	AnswerResponse answer(@PathVariable String code, @RequestBody AnswerRequest request) {
		Presentation presentation = presentations.byCode(code).orElseThrow(() -> new NotFoundException("Presentation", code));
		if (request.participant() == null || !request.participant().matches("[0-9a-f]{32}")) {
			throw new InvalidInputException("participant", "dialogue.presentation.participantId");
		}
		if (request.questionId() == null) {
			throw new InvalidInputException("questionId", "dialogue.presentation.notCurrent");
		}
		// a separate namespace from the browsers' device ids, so an API client cannot pose as a browser
		return new AnswerResponse(presentations.answer(presentation, request.questionId(), "api:" + request.participant(), request.values()));
	}

	private PresentationView view(long id) {
		Presentation presentation = presentations.get(id);
		PresentationService.Live live = presentations.live(presentation);
		List<Results> results = presentations.questions(id).stream().map(q -> presentations.results(id, q.id())).toList();
		return new PresentationView(presentation, presentation.displayCode(),
				live.question() == null ? null : live.question().id(), results);
	}

}
