package se.regionrum.strategy.plan;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
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
import se.regionrum.strategy.plan.PlanViews.Matrix;
import se.regionrum.strategy.plan.PlanViews.PlanSummary;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "The municipalities' plans and the planning-reality matrix")
class PlanApiController {

	private final PlanService plans;

	PlanApiController(PlanService plans) {
		this.plans = plans;
	}

	record PlanResponse(long id, long version, long organisationId, String organisationName, long planTypeId,
			String title, LocalDate adoptedOn, LocalDate validUntil, String documentUrl, String note,
			Instant updatedAt) {
	}

	record MatrixCell(String planType, Currency currency, long plans, LocalDate latestAdoptedOn) {
	}

	record MatrixRow(long organisationId, String municipality, String scbCode, List<MatrixCell> cells) {
	}

	record MatrixCount(String planType, String name, Integer validityYears, long current, long outdated, long missing,
			long municipalities) {
	}

	record MatrixResponse(LocalDate asOf, String countyCode, List<MatrixCount> counts, List<MatrixRow> rows) {

		static MatrixResponse of(Matrix m) {
			List<String> codes = m.types().stream().map(PlanType::code).toList();
			return new MatrixResponse(m.asOf(), m.countyCode(),
					m.counts().stream().map(c -> new MatrixCount(c.type().code(), c.type().name(), c.type().validityYears(),
							c.current(), c.outdated(), c.missing(), c.municipalities())).toList(),
					m.rows().stream().map(r -> new MatrixRow(r.organisationId(), r.name(), r.scbCode(),
							IntStream.range(0, codes.size())
								.mapToObj(i -> new MatrixCell(codes.get(i), r.cells().get(i).currency(), r.cells().get(i).plans(),
										r.cells().get(i).latestAdoptedOn()))
								.toList()))
						.toList());
		}

	}

	private PlanResponse response(Plan p) {
		return new PlanResponse(p.id(), p.version(), p.organisationId(), plans.organisationName(p), p.planTypeId(),
				p.title(), p.adoptedOn(), p.validUntil(), p.documentUrl(), p.note(), p.updatedAt());
	}

	@GetMapping
	@Operation(summary = "List plans", description = "Filter by text, municipality (organisationId), plan type and "
			+ "status today (CURRENT or OUTDATED); sort by municipality, type, title or adoptedOn; pages start at 0.",
			operationId = "listPlans")
	@SecurityRequirements
	PageResult<PlanSummary> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) Long typeId,
			@RequestParam(required = false) Currency status, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Locale locale) {
		return plans.list(new PlanFilter(q, organisationId, typeId, status, sort, dir), locale, page,
				Math.min(Math.max(size, 1), 500));
	}

	@GetMapping("/matrix")
	@Operation(summary = "The planning-reality matrix: each municipality's plan types as CURRENT, OUTDATED or "
			+ "MISSING, with counts per type", description = "asOf (YYYY-MM-DD) defaults to today; county limits it to "
					+ "one county's municipalities.", operationId = "getPlanMatrix")
	@SecurityRequirements
	MatrixResponse matrix(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String county) {
		return MatrixResponse.of(plans.matrix(asOf, county));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one plan", operationId = "getPlan")
	@SecurityRequirements
	PlanResponse get(@PathVariable long id) {
		return response(plans.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a plan (administrators, or editors of the municipality)", operationId = "createPlan")
	ResponseEntity<PlanResponse> create(@Valid @RequestBody PlanRequest request) {
		Plan saved = plans.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/plans/" + saved.id())).body(response(saved));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a plan (administrators, or editors of the municipality)",
			description = "Send the version you read in If-Match to be told (409) when someone else changed it since.",
			operationId = "updatePlan")
	PlanResponse update(@PathVariable long id, @Valid @RequestBody PlanRequest request,
			@RequestHeader(name = "If-Match", required = false) Long version) {
		return response(plans.update(id, request.toForm(), version));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a plan (administrators, or editors of the municipality)", operationId = "deletePlan")
	void delete(@PathVariable long id) {
		plans.delete(id);
	}

}
