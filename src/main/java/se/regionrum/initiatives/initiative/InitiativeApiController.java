package se.regionrum.initiatives.initiative;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.regionrum.initiatives.InitiativeLevel;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.platform.PageResult;

@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Development initiatives with places, goals, status history; exports and import")
class InitiativeApiController {

	private final InitiativeService initiatives;

	private final InitiativeQueries queries;

	private final InitiativeCsv csv;

	private final InitiativeGeoJson geoJson;

	InitiativeApiController(InitiativeService initiatives, InitiativeQueries queries, InitiativeCsv csv,
			InitiativeGeoJson geoJson) {
		this.initiatives = initiatives;
		this.queries = queries;
		this.csv = csv;
		this.geoJson = geoJson;
	}

	record InitiativeResponse(long id, long version, String title, String description, long ownerOrganisationId,
			InitiativeLevel level, InitiativeStatus status, LocalDate statusChangedOn, PlaceKind placeKind,
			Double latitude, Double longitude, String areaGeojson, boolean practiceCase, boolean pilotProject,
			boolean published, String originKind, Long originId, String originLabel, Integer startYear,
			Integer endYear, String website, Set<Long> municipalityIds, Set<Long> partnerIds,
			Set<Long> contactPersonIds, Set<Theme> themes, Set<Long> goalIds, Instant updatedAt) {

		static InitiativeResponse of(Initiative i) {
			return new InitiativeResponse(i.id(), i.version(), i.title(), i.description(), i.ownerOrganisationId(),
					i.level(), i.status(), i.statusChangedOn(), i.placeKind(), i.latitude(), i.longitude(),
					i.areaGeojson(), i.practiceCase(), i.pilotProject(), i.published(), i.originKind(), i.originId(),
					i.originLabel(), i.startYear(), i.endYear(), i.website(), i.municipalityIds(), i.partnerIds(),
					i.contactIds(), i.themeSet(), i.goalIds(), i.updatedAt());
		}

	}

	record StatusRequest(InitiativeStatus status, LocalDate changedOn, String note) {
	}

	record ImportResponse(int imported) {
	}

	@GetMapping
	@Operation(summary = "List initiatives", description = "Filter by text, municipality, theme, status, goal (with the "
			+ "goals below it), level, funding source, practice case, pilot project and owner; sort by title, status, "
			+ "level, updated or start; pages start at 0. Anonymous callers get published initiatives only.",
			operationId = "listInitiatives")
	@SecurityRequirements
	PageResult<InitiativeSummary> list(@ParameterObject @ModelAttribute InitiativeFilter filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return initiatives.list(filter, page, Math.min(Math.max(size, 1), 500));
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "Get one initiative", operationId = "getInitiative")
	@SecurityRequirements
	InitiativeResponse get(@PathVariable long id) {
		return InitiativeResponse.of(initiatives.get(id));
	}

	@GetMapping("/{id:\\d+}/history")
	@Operation(summary = "Status history of an initiative, oldest first", operationId = "getInitiativeHistory")
	@SecurityRequirements
	List<StatusChange> history(@PathVariable long id) {
		return initiatives.history(id);
	}

	@GetMapping("/status-counts")
	@Operation(summary = "Number of initiatives per status in the filtered set", operationId = "countInitiativesByStatus")
	@SecurityRequirements
	Map<InitiativeStatus, Long> statusCounts(@ParameterObject @ModelAttribute InitiativeFilter filter) {
		return queries.countByStatus(initiatives.criteria(filter));
	}

	@GetMapping(value = "/export.geojson", produces = "application/geo+json")
	@Operation(summary = "The filtered initiatives as a GeoJSON FeatureCollection (WGS84)",
			description = "Points and drawn areas; initiatives placed only by whole municipalities have no geometry of "
					+ "their own and are left out.", operationId = "exportInitiativesGeoJson")
	@SecurityRequirements
	void exportGeoJson(@ParameterObject @ModelAttribute InitiativeFilter filter, HttpServletResponse response)
			throws java.io.IOException {
		response.setContentType(InitiativeGeoJson.MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		geoJson.write(queries.places(queries.ids(initiatives.criteria(filter))), id -> "/initiatives/" + id,
				response.getOutputStream());
	}

	@GetMapping(value = "/export.csv", produces = "text/csv")
	@Operation(summary = "The filtered initiatives as CSV (semicolon, UTF-8 with BOM)", operationId = "exportInitiativesCsv")
	@SecurityRequirements
	void exportCsv(@ParameterObject @ModelAttribute InitiativeFilter filter, HttpServletResponse response)
			throws java.io.IOException {
		response.setContentType(se.regionrum.platform.CsvExport.MEDIA_TYPE);
		csv.export(initiatives.list(filter, 0, 0).items(), response.getOutputStream());
	}

	@PostMapping(value = "/import", consumes = "multipart/form-data")
	@Operation(summary = "Import initiatives from CSV, all or nothing",
			description = "Columns as in the export; title, owner and level are required. Problems name row and column.",
			operationId = "importInitiatives")
	ImportResponse importCsv(@RequestParam("file") MultipartFile file) throws java.io.IOException {
		return new ImportResponse(csv.importFile(file.getBytes()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an initiative (administrators, or editors of the owner organisation)",
			operationId = "createInitiative")
	ResponseEntity<InitiativeResponse> create(@Valid @RequestBody InitiativeRequest request) {
		Initiative saved = initiatives.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/initiatives/" + saved.id()))
			.body(InitiativeResponse.of(saved));
	}

	@PutMapping("/{id:\\d+}")
	@Operation(summary = "Update an initiative (administrators, or editors of the owner organisation)",
			description = "The status is not changed here (use the status operation, which keeps the history). Send the "
					+ "version you read in If-Match to be told (409) when someone else changed it since.",
			operationId = "updateInitiative")
	InitiativeResponse update(@PathVariable long id, @Valid @RequestBody InitiativeRequest request,
			@RequestHeader(name = "If-Match", required = false) Long version) {
		return InitiativeResponse.of(initiatives.update(id, request.toForm(), version));
	}

	@PostMapping("/{id:\\d+}/status")
	@Operation(summary = "Change the status of an initiative; the step is recorded in its history",
			operationId = "changeInitiativeStatus")
	InitiativeResponse changeStatus(@PathVariable long id, @RequestBody StatusRequest request) {
		return InitiativeResponse.of(initiatives.changeStatus(id, request.status(), request.changedOn(), request.note()));
	}

	@DeleteMapping("/{id:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an initiative with its obstacles and funding lines", operationId = "deleteInitiative")
	void delete(@PathVariable long id) {
		initiatives.delete(id);
	}

}
