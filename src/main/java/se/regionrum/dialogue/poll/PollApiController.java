package se.regionrum.dialogue.poll;

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
@Tag(name = "Live polls", description = "Polls of a meeting and their results (organisers)")
class PollApiController {

	private final PollService polls;

	PollApiController(PollService polls) {
		this.polls = polls;
	}

	record PollRequest(PollKind kind, String question, String options) {
	}

	@GetMapping("/api/v1/meetings/{id}/polls")
	@Operation(summary = "Polls of a meeting", operationId = "listPolls")
	List<Poll> list(@PathVariable long id) {
		return polls.ofMeeting(id);
	}

	@PostMapping("/api/v1/meetings/{id}/polls")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a poll (starts as draft)", operationId = "createPoll")
	Poll create(@PathVariable long id, @RequestBody PollRequest request) {
		return polls.create(id, request.kind(), request.question(), request.options());
	}

	@PostMapping("/api/v1/polls/{id}/status/{status}")
	@Operation(summary = "Open or close a poll (status OPEN, CLOSED or DRAFT)", operationId = "setPollStatus")
	Poll status(@PathVariable long id, @PathVariable String status) {
		if (!List.of("DRAFT", "OPEN", "CLOSED").contains(status)) {
			throw new se.regionrum.platform.InvalidInputException("status", "dialogue.poll.status");
		}
		polls.setStatus(id, status);
		return polls.get(id);
	}

	@GetMapping("/api/v1/polls/{id}/results")
	@Operation(summary = "Results of a poll", operationId = "getPollResults")
	PollResults results(@PathVariable long id) {
		polls.get(id);
		return polls.results(id);
	}

}
