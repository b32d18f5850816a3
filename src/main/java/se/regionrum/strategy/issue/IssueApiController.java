package se.regionrum.strategy.issue;

import java.net.URI;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.platform.PageResult;
import se.regionrum.strategy.GoalRef;

@RestController
@RequestMapping("/api/v1/issues")
@Tag(name = "Issues", description = "Substantive issues (sakfrågor) classified as place-bound or not, regional or "
		+ "not, and by the aspect the region handles; linked to goals, municipalities and initiatives")
class IssueApiController {

	private final IssueService issues;

	IssueApiController(IssueService issues) {
		this.issues = issues;
	}

	record IssueResponse(long id, long version, String title, String description, long ownerOrganisationId,
			String ownerName, Answer placeBound, Answer regionalLevel, RegionRole regionRole, String regionAspect,
			IssueClass classification, boolean published, List<Long> goalIds, List<Long> municipalityIds,
			List<Long> initiativeIds, Instant updatedAt) {

		static IssueResponse of(IssueService.IssueDetails d) {
			Issue i = d.issue();
			return new IssueResponse(i.id(), i.version(), i.title(), i.description(), i.ownerOrganisationId(),
					d.ownerName(), i.placeBound(), i.regionalLevel(), i.regionRole(), i.regionAspect(), i.classification(),
					i.published(), d.goals().stream().map(GoalRef::id).toList(),
					d.municipalities().stream().map(OrganisationRef::id).toList(), d.initiativeIds(), i.updatedAt());
		}

	}

	private IssueResponse response(Issue issue) {
		return IssueResponse.of(issues.details(issue));
	}

	@GetMapping
	@Operation(summary = "List issues", description = "Anonymous callers see published issues only. Filter by text, "
			+ "the answers (YES, PARTLY, NO), the region's role, a goal or a municipality; sort by title, placeBound, "
			+ "regionalLevel, regionRole, goals or updated.", operationId = "listIssues")
	@SecurityRequirements
	PageResult<IssueSummary> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Answer placeBound, @RequestParam(required = false) Answer regionalLevel,
			@RequestParam(required = false) RegionRole regionRole, @RequestParam(required = false) Long goalId,
			@RequestParam(required = false) Long municipalityId, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return issues.list(new IssueFilter(q, placeBound, regionalLevel, regionRole, goalId, municipalityId, sort, dir),
				page, Math.min(Math.max(size, 1), 500));
	}

	@GetMapping("/classification")
	@Operation(summary = "Issues sorted by their classification: place-bound and regional first",
			operationId = "classifyIssues")
	@SecurityRequirements
	Map<IssueClass, List<IssueSummary>> classification() {
		return issues.classification(IssueFilter.none());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one issue with its links", operationId = "getIssue")
	@SecurityRequirements
	IssueResponse get(@PathVariable long id) {
		return response(issues.getVisible(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an issue (administrators, or editors for their own organisation)",
			operationId = "createIssue")
	ResponseEntity<IssueResponse> create(@Valid @RequestBody IssueRequest request) {
		Issue saved = issues.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/issues/" + saved.id())).body(response(saved));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update an issue and its links", description = "initiativeIds left out keeps the linked "
			+ "initiatives. Send the version you read in If-Match to be told (409) when someone else changed it since.",
			operationId = "updateIssue")
	IssueResponse update(@PathVariable long id, @Valid @RequestBody IssueRequest request,
			@RequestHeader(name = "If-Match", required = false) Long version) {
		return response(issues.update(id, request.toForm(), version));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an issue", operationId = "deleteIssue")
	void delete(@PathVariable long id) {
		issues.delete(id);
	}

}
