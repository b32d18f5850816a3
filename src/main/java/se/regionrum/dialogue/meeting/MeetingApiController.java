package se.regionrum.dialogue.meeting;

import java.net.URI;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Meetings with agenda: dialogues, seminars, workshops, conferences")
class MeetingApiController {

	private final MeetingService meetings;

	private final AgendaService agenda;

	MeetingApiController(MeetingService meetings, AgendaService agenda) {
		this.meetings = meetings;
		this.agenda = agenda;
	}

	record MeetingResponse(Meeting meeting, List<AgendaItem> agenda) {
	}

	@GetMapping
	@Operation(summary = "List meetings", description = "Anonymous callers get published meetings only; "
			+ "filter by date range (ISO dates) and series.", operationId = "listMeetings")
	@SecurityRequirements
	List<Meeting> list(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Long seriesId) {
		return meetings.list(from, to, seriesId);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one meeting with its agenda", operationId = "getMeeting")
	@SecurityRequirements
	MeetingResponse get(@PathVariable long id) {
		return new MeetingResponse(meetings.get(id), meetings.agenda(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a meeting (administrators, editors of the organiser)", description = "A meeting goes "
			+ "into a series only by the series' organisers (400 on seriesId otherwise).", operationId = "createMeeting")
	ResponseEntity<Meeting> create(@Valid @RequestBody MeetingRequest request) {
		Meeting saved = meetings.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + saved.id())).body(saved);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a meeting", operationId = "updateMeeting")
	Meeting update(@PathVariable long id, @Valid @RequestBody MeetingRequest request) {
		return meetings.update(id, request.toForm());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a meeting", operationId = "deleteMeeting")
	void delete(@PathVariable long id) {
		meetings.delete(id);
	}

	@GetMapping("/{id}/agenda")
	@Operation(summary = "A meeting's agenda in order", operationId = "listAgendaItems")
	@SecurityRequirements
	List<AgendaItem> agenda(@PathVariable long id) {
		return agenda.agenda(id);
	}

	@PostMapping("/{id}/agenda")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an agenda item", description = "startTime and endTime (HH:mm) are optional; the "
			+ "item starts within the meeting's hours (from coffee or start) and ends after it starts and by the "
			+ "meeting's end (400 naming the field otherwise). With a start time it is placed before the first "
			+ "item that starts later.", operationId = "addAgendaItem")
	AgendaItem addAgendaItem(@PathVariable long id, @Valid @RequestBody AgendaItemRequest request) {
		return agenda.add(id, request.toForm());
	}

	@PutMapping("/{id}/agenda/{itemId}")
	@Operation(summary = "Change an agenda item (same time rules as adding)", operationId = "updateAgendaItem")
	AgendaItem updateAgendaItem(@PathVariable long id, @PathVariable long itemId,
			@Valid @RequestBody AgendaItemRequest request) {
		return agenda.update(id, itemId, request.toForm());
	}

	@PostMapping("/{id}/agenda/{itemId}/move")
	@Operation(summary = "Move an agenda item one step up or down; answers the agenda in its new order",
			operationId = "moveAgendaItem")
	List<AgendaItem> moveAgendaItem(@PathVariable long id, @PathVariable long itemId,
			@RequestParam AgendaService.Direction direction) {
		return agenda.move(id, itemId, direction);
	}

	@DeleteMapping("/{id}/agenda/{itemId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an agenda item", operationId = "removeAgendaItem")
	void removeAgendaItem(@PathVariable long id, @PathVariable long itemId) {
		agenda.remove(id, itemId);
	}

}
