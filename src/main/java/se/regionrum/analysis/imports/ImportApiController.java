package se.regionrum.analysis.imports;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.regionrum.platform.ImportProblem;

@RestController
@RequestMapping("/api/v1/analysis")
@Tag(name = "Analysis")
class ImportApiController {

	private static final String ALL_OR_NOTHING = " Answers 202 Accepted with the queued import job and its Location; "
			+ "the file is read in the background and either becomes a data set or is rejected whole with every "
			+ "problem (row or feature, column, message). A missing file or an unknown format is 400 at once. "
			+ "Administrators and editors.";

	private final ImportService imports;

	private final MessageSource messages;

	ImportApiController(ImportService imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	/** One problem of a rejected file: row (CSV line, header 1) or feature number, 0 for the whole file. */
	record Problem(int row, String column, String messageKey, String message) {
	}

	/**
	 * An import job with the problems that rejected its file, and where its data set is listed when
	 * done, with what to know about it (warnings: a grid or points outside the region's municipalities).
	 */
	record ImportJobDetails(ImportJob job, List<Problem> problems, String dataSet, List<Problem> warnings) {
	}

	@PostMapping(path = "/grids", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a population grid from CSV or GeoPackage",
			description = "CSV with SCB's cell id (Ruta/Rutid_SCB) or x/y corners in SWEREF 99 TM and a population "
					+ "column; or a GeoPackage polygon layer in any EPSG CRS." + ALL_OR_NOTHING,
			operationId = "importAnalysisGrid")
	ResponseEntity<ImportJob> importGrid(
			@Parameter(description = "the grid, .csv or .gpkg") @RequestParam(required = false) MultipartFile file,
			@Parameter(description = "name of the data set (default: the file name)") @RequestParam(required = false) String name,
			@Parameter(description = "source and licence (default: the file name)") @RequestParam(required = false) String source,
			@Parameter(description = "cell side in metres where the file gives none (default 250)")
			@RequestParam(required = false) Integer cellSize) {
		return accepted(imports.start(new ImportRequest(ImportKind.GRID, name, source, cellSize, null,
				UploadedFiles.byField(file, null, null))));
	}

	@PostMapping(path = "/point-sets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import service points from CSV, GeoJSON or OSM PBF",
			description = "CSV or GeoJSON with type (a code of GET service-types), name and lon/lat or x/y; an OSM PBF "
					+ "file is read with the configured tag mapping (regionrum.analysis.osm-service-tags: shop=supermarket, amenity=pharmacy …)." + ALL_OR_NOTHING,
			operationId = "importAnalysisPointSet")
	ResponseEntity<ImportJob> importPoints(
			@Parameter(description = "the points, .csv, .geojson or .osm.pbf") @RequestParam(required = false) MultipartFile file,
			@Parameter(description = "name of the set (default: the file name)") @RequestParam(required = false) String name,
			@Parameter(description = "source and licence (default: the file name; OpenStreetMap's attribution for PBF)")
			@RequestParam(required = false) String source) {
		return accepted(imports.start(new ImportRequest(ImportKind.POINTS, name, source, null, null,
				UploadedFiles.byField(file, null, null))));
	}

	@PostMapping(path = "/networks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a road network from OSM PBF, road links or a CSV pair",
			description = "Either file (an .osm.pbf read with the profile of the travel mode, or GeoJSON/GeoPackage road "
					+ "links such as NVDB's) or both nodes (id,lon,lat) and edges (from,to,seconds,meters) as CSV. The mode "
					+ "(car, walk or bike; car by default) is kept with the network, and runs on it inherit it." + ALL_OR_NOTHING,
			operationId = "importAnalysisNetwork")
	ResponseEntity<ImportJob> importNetwork(
			@Parameter(description = "the network, .osm.pbf, .geojson or .gpkg") @RequestParam(required = false) MultipartFile file,
			@Parameter(description = "nodes CSV, with edges instead of file") @RequestParam(required = false) MultipartFile nodes,
			@Parameter(description = "edges CSV, with nodes instead of file") @RequestParam(required = false) MultipartFile edges,
			@Parameter(description = "name of the network (default: the file name)") @RequestParam(required = false) String name,
			@Parameter(description = "source and licence (default: the file name; OpenStreetMap's attribution for PBF)")
			@RequestParam(required = false) String source,
			@Parameter(description = "travel mode: car (default), walk or bike") @RequestParam(required = false) String mode) {
		return accepted(imports.start(new ImportRequest(ImportKind.NETWORK, name, source, null, mode,
				UploadedFiles.byField(file, nodes, edges))));
	}

	@GetMapping("/imports")
	@Operation(summary = "Recent import jobs, newest first (administrators and editors)", operationId = "listAnalysisImports")
	List<ImportJob> list() {
		return imports.recent();
	}

	@GetMapping("/imports/{id:\\d+}")
	@Operation(summary = "One import job: status, progress, the data set it made or every problem of its file",
			description = "status QUEUED, RUNNING, DONE (datasetId set), REJECTED (problems listed, nothing saved) or "
					+ "FAILED (messageKey). Messages in the request's language (Accept-Language; Swedish by default).",
			operationId = "getAnalysisImport")
	ImportJobDetails get(@PathVariable long id, Locale locale) {
		ImportJob job = imports.get(id);
		List<Problem> problems = imports.problems(id).stream().map(p -> problem(p, locale)).toList();
		List<Problem> warnings = imports.warnings(id).stream().map(p -> problem(p, locale)).toList();
		return new ImportJobDetails(job, problems, job.done() ? dataSetList(job.kind()) : null, warnings);
	}

	private Problem problem(ImportProblem p, Locale locale) {
		return new Problem(p.row(), p.column(), p.messageKey(),
				messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
	}

	static String dataSetList(ImportKind kind) {
		return switch (kind) {
			case GRID -> "/api/v1/analysis/grids";
			case POINTS -> "/api/v1/analysis/point-sets";
			case NETWORK -> "/api/v1/analysis/networks";
		};
	}

	private static ResponseEntity<ImportJob> accepted(ImportJob job) {
		return ResponseEntity.accepted().location(URI.create("/api/v1/analysis/imports/" + job.id())).body(job);
	}

}
