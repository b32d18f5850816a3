package se.regionrum.actors.organisation;

import java.net.URI;
import java.time.Instant;

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

import se.regionrum.actors.OrganisationKind;
import se.regionrum.platform.PageResult;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Actors: the region, municipalities, agencies, companies, associations")
class OrganisationApiController {

	private final OrganisationService organisations;

	OrganisationApiController(OrganisationService organisations) {
		this.organisations = organisations;
	}

	record OrganisationResponse(long id, long version, String name, OrganisationKind kind, String orgNumber,
			String scbCode, String countyCode, Integer population, Integer populationYear, String centralTown,
			Double townLatitude, Double townLongitude, String website, String email, String phone,
			String description, Instant updatedAt) {

		static OrganisationResponse of(Organisation o) {
			return new OrganisationResponse(o.id(), o.version(), o.name(), o.kind(), o.orgNumber(), o.scbCode(),
					o.countyCode(), o.population(), o.populationYear(), o.centralTown(), o.townLatitude(),
					o.townLongitude(), o.website(), o.email(), o.phone(), o.description(), o.updatedAt());
		}

	}

	@GetMapping
	@Operation(summary = "List organisations", description = "Filter by text, kind and county; sort by name, kind, "
			+ "scbCode, population or people; pages start at 0.", operationId = "listOrganisations")
	@SecurityRequirements
	PageResult<OrganisationSummary> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) OrganisationKind kind, @RequestParam(required = false) String countyCode,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return organisations.list(new OrganisationFilter(q, kind, countyCode, sort, dir), page,
				Math.min(Math.max(size, 1), 500));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one organisation", operationId = "getOrganisation")
	@SecurityRequirements
	OrganisationResponse get(@PathVariable long id) {
		return OrganisationResponse.of(organisations.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an organisation (administrators)", operationId = "createOrganisation")
	ResponseEntity<OrganisationResponse> create(@Valid @RequestBody OrganisationRequest request) {
		Organisation saved = organisations.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + saved.id()))
			.body(OrganisationResponse.of(saved));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update an organisation (administrators, or editors of that organisation)",
			description = "Send the version you read in If-Match to be told (409) when someone else changed it since.",
			operationId = "updateOrganisation")
	OrganisationResponse update(@PathVariable long id, @Valid @RequestBody OrganisationRequest request,
			@RequestHeader(name = "If-Match", required = false) Long version) {
		return OrganisationResponse.of(organisations.update(id, request.toForm(), version));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an organisation without people (administrators)", operationId = "deleteOrganisation")
	void delete(@PathVariable long id) {
		organisations.delete(id);
	}

}
