package se.regionrum.actors.workinggroup;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
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

import se.regionrum.platform.PageResult;

@RestController
@RequestMapping("/api/v1/working-groups")
@Tag(name = "Working groups", description = "Working groups and networks with their member organisations, "
		+ "people and roles")
class WorkingGroupApiController {

	private final WorkingGroupService groups;

	WorkingGroupApiController(WorkingGroupService groups) {
		this.groups = groups;
	}

	record WorkingGroupResponse(long id, long version, String name, WorkingGroupKind kind, String description,
			long ownerOrganisationId, String ownerName, LocalDate startedOn, LocalDate endedOn, Instant updatedAt,
			List<MemberView> members) {

		static WorkingGroupResponse of(WorkingGroupDetails details) {
			WorkingGroup g = details.group();
			return new WorkingGroupResponse(g.id(), g.version(), g.name(), g.kind(), g.description(),
					g.ownerOrganisationId(), details.ownerName(), g.startedOn(), g.endedOn(), g.updatedAt(),
					details.members());
		}

	}

	@GetMapping
	@Operation(summary = "List working groups and networks", description = "Signed-in users. Filter by text "
			+ "(name, description), kind and owner organisation; sort by name, kind, owner, startedOn, endedOn or "
			+ "members; pages start at 0.", operationId = "listWorkingGroups")
	PageResult<WorkingGroupSummary> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) WorkingGroupKind kind,
			@RequestParam(required = false) Long ownerOrganisationId, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return groups.list(new WorkingGroupFilter(q, kind, ownerOrganisationId, sort, dir), page,
				Math.min(Math.max(size, 1), 500));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one working group or network with its members", operationId = "getWorkingGroup")
	WorkingGroupResponse get(@PathVariable long id) {
		return WorkingGroupResponse.of(groups.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a working group or network (administrators, or editors for their own "
			+ "organisation as owner)", operationId = "createWorkingGroup")
	ResponseEntity<WorkingGroupResponse> create(@Valid @RequestBody WorkingGroupRequest request) {
		WorkingGroupDetails saved = groups.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/working-groups/" + saved.group().id()))
			.body(WorkingGroupResponse.of(saved));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a working group or network (administrators, or editors of the owner "
			+ "organisation; a new owner needs both)",
			description = "Send the version you read in If-Match to be told (409) when someone else changed it since.",
			operationId = "updateWorkingGroup")
	WorkingGroupResponse update(@PathVariable long id, @Valid @RequestBody WorkingGroupRequest request,
			@RequestHeader(name = "If-Match", required = false) Long version) {
		return WorkingGroupResponse.of(groups.update(id, request.toForm(), version));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a working group or network with its memberships (administrators, or editors "
			+ "of the owner organisation)", operationId = "deleteWorkingGroup")
	void delete(@PathVariable long id) {
		groups.delete(id);
	}

	@PostMapping("/{id}/members")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a member: an organisation, optionally one of its people, in a role",
			description = "The person must belong to the organisation; the same organisation and person cannot be "
					+ "added twice. The new member's key (organisationId or organisationId-personId) is in Location.",
			operationId = "addWorkingGroupMember")
	ResponseEntity<WorkingGroupResponse> addMember(@PathVariable long id, @Valid @RequestBody MemberRequest request) {
		WorkingGroupDetails saved = groups.addMember(id, request.toForm());
		String key = new Member(request.organisationId(), request.personId(), request.role()).key();
		return ResponseEntity.created(URI.create("/api/v1/working-groups/" + id + "/members/" + key))
			.body(WorkingGroupResponse.of(saved));
	}

	@DeleteMapping("/{id}/members/{key}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a member by key: organisationId, or organisationId-personId",
			operationId = "removeWorkingGroupMember")
	void removeMember(@PathVariable long id, @PathVariable String key) {
		groups.removeMember(id, key);
	}

}
