package se.regionrum.strategy.consultation;

import java.net.URI;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.PageResult;
import se.regionrum.strategy.consultation.ConsultationViews.Consensus;
import se.regionrum.strategy.consultation.ConsultationViews.ConsultationSummary;
import se.regionrum.strategy.consultation.ConsultationViews.DraftGoal;
import se.regionrum.strategy.consultation.ConsultationViews.GoalChange;
import se.regionrum.strategy.consultation.ConsultationViews.Invitee;
import se.regionrum.strategy.consultation.ConsultationViews.ResponseView;

@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "Consultations", description = "Consultations (remiss) of strategy drafts: invitations, responses with a "
		+ "stance per goal, the consensus per goal and what changed between draft and adopted version")
class ConsultationApiController {

	private final ConsultationService consultations;

	ConsultationApiController(ConsultationService consultations) {
		this.consultations = consultations;
	}

	record ConsultationResponseBody(long id, long version, long strategyId, String strategyName, String title,
			String description, LocalDate opensOn, LocalDate closesOn, ConsultationPhase phase, String documentUrl,
			List<DraftGoal> draft, List<Invitee> invitations, Instant updatedAt) {
	}

	record InvitationRequest(List<Long> organisationIds) {
	}

	record InvitationResult(int added) {
	}

	record CommentBody(long id, Long goalId, String body, String authorName, String authorOrganisation,
			String authorEmail, Instant submittedAt) {
	}

	private ConsultationResponseBody body(Consultation c) {
		return new ConsultationResponseBody(c.id(), c.version(), c.strategyId(), consultations.strategyOf(c).name(),
				c.title(), c.description(), c.opensOn(), c.closesOn(), consultations.phase(c), c.documentUrl(),
				consultations.draft(c.id()), consultations.invitees(c.id()), c.updatedAt());
	}

	@GetMapping
	@Operation(summary = "List consultations", description = "Anonymous callers see consultations of published "
			+ "strategies only. Filter by text, strategy and phase (UPCOMING, OPEN, CLOSED); sort by title, opensOn, "
			+ "closesOn, strategy or responses.", operationId = "listConsultations")
	@SecurityRequirements
	PageResult<ConsultationSummary> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long strategyId, @RequestParam(required = false) ConsultationPhase phase,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return consultations.list(new ConsultationFilter(q, strategyId, phase, sort, dir), page,
				Math.min(Math.max(size, 1), 500));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a consultation with its draft goals and invitations", operationId = "getConsultation")
	@SecurityRequirements
	ConsultationResponseBody get(@PathVariable long id) {
		return body(consultations.getVisible(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a consultation on a strategy (editors of the strategy's owner); its active goals become the draft",
			operationId = "createConsultation")
	ResponseEntity<ConsultationResponseBody> create(@Valid @RequestBody ConsultationRequest request) {
		Consultation saved = consultations.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/consultations/" + saved.id())).body(body(saved));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a consultation", description = "Send the version you read in If-Match to be told (409) "
			+ "when someone else changed it since.", operationId = "updateConsultation")
	ConsultationResponseBody update(@PathVariable long id, @Valid @RequestBody ConsultationRequest request,
			@RequestHeader(name = "If-Match", required = false) Long version) {
		return body(consultations.update(id, request.toForm(), version));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a consultation with its responses and comments", operationId = "deleteConsultation")
	void delete(@PathVariable long id) {
		consultations.delete(id);
	}

	@PostMapping("/{id}/invitations")
	@Operation(summary = "Invite organisations (those already invited are left as they are)",
			operationId = "inviteToConsultation")
	InvitationResult invite(@PathVariable long id, @RequestBody InvitationRequest request) {
		return new InvitationResult(consultations.invite(id, request.organisationIds()));
	}

	@DeleteMapping("/{id}/invitations/{organisationId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Withdraw an invitation of an organisation that has not answered", operationId = "uninviteFromConsultation")
	void uninvite(@PathVariable long id, @PathVariable long organisationId) {
		consultations.uninvite(id, organisationId);
	}

	@GetMapping("/{id}/responses")
	@Operation(summary = "All responses with their stances per goal", operationId = "listConsultationResponses")
	@SecurityRequirements
	List<ResponseView> responses(@PathVariable long id) {
		consultations.getVisible(id);
		return consultations.responses(id);
	}

	@PutMapping("/{id}/responses/{organisationId}")
	@Operation(summary = "Submit or replace an invited organisation's response (editors of that organisation while "
			+ "open; administrators any time)", operationId = "respondToConsultation")
	ResponseView respond(@PathVariable long id, @PathVariable long organisationId,
			@Valid @RequestBody ConsultationResponseRequest request) {
		consultations.respond(id, organisationId, request.toForm());
		return consultations.response(id, organisationId).orElseThrow(() -> new NotFoundException("Response", organisationId));
	}

	@GetMapping("/{id}/consensus")
	@Operation(summary = "Stances counted per goal, with how far the organisations agree", operationId = "getConsensus")
	@SecurityRequirements
	Consensus consensus(@PathVariable long id) {
		consultations.getVisible(id);
		return consultations.consensus(id);
	}

	@GetMapping("/{id}/changes")
	@Operation(summary = "What changed in each goal between the draft and the strategy now (or as adopted)",
			operationId = "getConsultationChanges")
	@SecurityRequirements
	List<GoalChange> changes(@PathVariable long id) {
		consultations.getVisible(id);
		return consultations.changes(id);
	}

	@GetMapping("/{id}/comments")
	@Operation(summary = "The open mailbox (signed-in users; e-mail addresses only for the consultation's owner)",
			operationId = "listConsultationComments")
	List<CommentBody> comments(@PathVariable long id) {
		consultations.getVisible(id);
		return consultations.comments(id).stream()
			.map(c -> new CommentBody(c.id(), c.goalId(), c.body(), c.authorName(), c.authorOrganisation(),
					c.authorEmail(), c.submittedAt()))
			.toList();
	}

}
