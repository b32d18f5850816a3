package se.regionrum.analysis.location;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.regionrum.analysis.location.LocationResults.Municipality;
import se.regionrum.analysis.location.LocationResults.Site;

@RestController
@RequestMapping("/api/v1/analysis/runs/{runId:\\d+}/locations")
@Tag(name = "Analysis", description = "Service accessibility: location analyses on a finished run.")
class LocationApiController {

	private final LocationService locations;

	private final LocationDownloads downloads;

	LocationApiController(LocationService locations, LocationDownloads downloads) {
		this.locations = locations;
		this.downloads = downloads;
	}

	/**
	 * A location analysis with, when done, its chosen sites, the best candidates and the comparison
	 * per municipality (the region's total last, id -1).
	 */
	record LocationResponse(LocationAnalysis analysis, List<Site> sites, List<LocationResults.Candidate> topCandidates,
			List<Municipality> municipalities) {
	}

	@PostMapping
	@Operation(summary = "Start a location analysis on a finished run", operationId = "startLocationAnalysis",
			description = "Body: {\"serviceType\", \"candidates\": \"CELLS|UPLOADED|DRAWN|ROAD_JUNCTIONS\", \"sites\": [{\"x\", "
					+ "\"y\", \"name\"}] (SWEREF 99 TM, for UPLOADED and DRAWN), \"minPopulation\"? (for ROAD_JUNCTIONS: "
					+ "junctions in cells of at least this many people, 1–100000, default 5), \"siteCount\" (1–20), \"objective\": "
					+ "\"MEDIAN|COVER\", \"coverMinutes\"?, \"municipalities\"? [id], \"closablePoints\"? [seq]}. "
					+ "Answers 202 with the queued analysis.")
	ResponseEntity<LocationAnalysis> start(@PathVariable long runId, @RequestBody LocationRequest request) {
		LocationAnalysis analysis = locations.start(runId, request);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/analysis/runs/" + runId + "/locations/" + analysis.id()))
			.body(analysis);
	}

	@GetMapping
	@Operation(summary = "The location analyses of a run, newest first", operationId = "listLocationAnalyses")
	List<LocationAnalysis> list(@PathVariable long runId) {
		return locations.ofRun(runId);
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "A location analysis: status and progress, and when done its results",
			operationId = "getLocationAnalysis")
	LocationResponse get(@PathVariable long runId, @PathVariable long id) {
		LocationAnalysis analysis = locations.get(runId, id);
		if (!analysis.done()) {
			return new LocationResponse(analysis, List.of(), List.of(), List.of());
		}
		return new LocationResponse(analysis, locations.sites(runId, id),
				locations.topCandidates(runId, id, LocationController.TOP_CANDIDATES),
				locations.municipalities(runId, id));
	}

	@GetMapping("/{id:\\d+}/candidates.csv")
	@Operation(summary = "Every candidate with its gains, CSV (SWEREF 99 TM)", operationId = "locationCandidatesCsv")
	void csv(@PathVariable long runId, @PathVariable long id, HttpServletResponse response) throws IOException {
		downloads.csv(runId, id, response);
	}

	@GetMapping("/{id:\\d+}/candidates.geojson")
	@Operation(summary = "Every candidate with its gains, GeoJSON (WGS84)", operationId = "locationCandidatesGeoJson")
	void geoJson(@PathVariable long runId, @PathVariable long id, HttpServletResponse response) throws IOException {
		downloads.geoJson(runId, id, response);
	}

}
