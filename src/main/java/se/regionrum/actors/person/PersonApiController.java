package se.regionrum.actors.person;

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
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "People of the actors: contacts, resource persons with competence areas, "
		+ "sectors and consent to be contacted; personal-data export and erasure")
class PersonApiController {

	private final PersonService people;

	PersonApiController(PersonService people) {
		this.people = people;
	}

	record PersonResponse(long id, long version, String firstName, String lastName, String email, String phone,
			Long organisationId, String organisationName, String title, List<Sector> sectors, boolean resourcePerson,
			String competenceAreas, boolean consentGiven, LocalDate consentDate, String consentPurpose,
			Instant erasedAt, Instant updatedAt, List<Membership> workingGroups) {

		static PersonResponse of(PersonDetails details) {
			Person p = details.person();
			return new PersonResponse(p.id(), p.version(), p.firstName(), p.lastName(), p.email(), p.phone(),
					p.organisationId(), details.organisationName(), p.title(), details.sortedSectors(),
					p.resourcePerson(), p.competenceAreas(), p.consentGiven(), p.consentDate(), p.consentPurpose(),
					p.erasedAt(), p.updatedAt(), details.memberships());
		}

	}

	@GetMapping
	@Operation(summary = "List people", description = "Signed-in users. Filter by text (name, e-mail, title), "
			+ "organisation, sector, resource person and consent; sort by name, organisation, title, email, "
			+ "resourcePerson or consentGiven; pages start at 0. Erased people are left out.",
			operationId = "listPeople")
	PageResult<PersonSummary> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) Sector sector,
			@RequestParam(required = false) Boolean resourcePerson,
			@RequestParam(required = false) Boolean consentGiven, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return people.list(new PersonFilter(q, organisationId, sector, resourcePerson, consentGiven, sort, dir), page,
				Math.min(Math.max(size, 1), 500));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one person with sectors and working-group memberships", operationId = "getPerson")
	PersonResponse get(@PathVariable long id) {
		return PersonResponse.of(people.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a person (administrators, or editors for their own organisation)",
			operationId = "createPerson")
	ResponseEntity<PersonResponse> create(@Valid @RequestBody PersonRequest request) {
		PersonDetails saved = people.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/people/" + saved.person().id()))
			.body(PersonResponse.of(saved));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a person (administrators, or editors of the person's organisation; moving a "
			+ "person needs both organisations)",
			description = "Send the version you read in If-Match to be told (409) when someone else changed it since.",
			operationId = "updatePerson")
	PersonResponse update(@PathVariable long id, @Valid @RequestBody PersonRequest request,
			@RequestHeader(name = "If-Match", required = false) Long version) {
		return PersonResponse.of(people.update(id, request.toForm(), version));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a person who is in no working group (administrators, or editors of the "
			+ "person's organisation)", operationId = "deletePerson")
	void delete(@PathVariable long id) {
		people.delete(id);
	}

	@GetMapping("/{id}/personal-data")
	@Operation(summary = "Export everything held about a person (GDPR right of access)",
			description = "The person's fields and sectors, working-group memberships and the audit entries about "
					+ "the person. Administrators, or editors of the person's organisation; the export is audited.",
			operationId = "exportPersonalData")
	PersonalData personalData(@PathVariable long id) {
		return people.exportPersonalData(id);
	}

	@PostMapping("/{id}/erasure")
	@Operation(summary = "Erase a person's personal data (GDPR right to erasure)",
			description = "Anonymises the person (working groups keep the membership), forgets the values in the "
					+ "audit log and records the erasure. Administrators, or editors of the person's organisation.",
			operationId = "erasePerson")
	PersonResponse erase(@PathVariable long id) {
		return PersonResponse.of(people.erase(id));
	}

}
