package se.regionrum.actors.boundary;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

@RestController
@Tag(name = "Municipal boundaries", description = "Municipal boundaries (GeoJSON, WGS84) and the municipalities "
		+ "as map features")
class BoundaryApiController {

	private final BoundaryImportService boundaries;

	private final MunicipalityFeatures features;

	BoundaryApiController(BoundaryImportService boundaries, MunicipalityFeatures features) {
		this.boundaries = boundaries;
		this.features = features;
	}

	@PostMapping(path = "/api/v1/boundaries", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import municipal boundaries from a GeoJSON FeatureCollection (administrators)",
			description = "Features are matched to the municipalities of the register by their 4-digit SCB code; "
					+ "features of other municipalities are skipped and counted. Existing boundaries of the matched "
					+ "municipalities are replaced. All or nothing: on any problem the answer is 400 with every "
					+ "problem (feature number as row, property as column) and nothing is saved.",
			operationId = "importBoundaries")
	BoundaryImportReport importBoundaries(
			@Parameter(description = "GeoJSON FeatureCollection of Polygon/MultiPolygon features in WGS84")
			@RequestParam("file") MultipartFile file,
			@Parameter(description = "property holding the SCB code (default id)")
			@RequestParam(required = false) String codeProperty,
			@Parameter(description = "property holding the name (default kom_namn)")
			@RequestParam(required = false) String nameProperty,
			@Parameter(description = "who published the boundaries, shown as attribution (default: the file name)")
			@RequestParam(required = false) String source) throws IOException {
		if (file.isEmpty()) {
			throw new ImportRejectedException(List.of(ImportProblem.ofFile("actors.boundary.import.empty")));
		}
		return boundaries.importGeoJson(file.getBytes(),
				new BoundaryImportOptions(codeProperty, nameProperty, source, true)
					.withSourceIfMissing(file.getOriginalFilename()));
	}

	@GetMapping("/api/v1/boundaries")
	@Operation(summary = "The imported municipal boundaries as GeoJSON",
			description = "Properties scbCode, name, organisationId, source, importedAt; the top-level member "
					+ "attribution names the source of the boundaries.",
			operationId = "listBoundaries")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = MunicipalityFeatures.MEDIA_TYPE,
			schema = @Schema(type = "object")))
	@SecurityRequirements
	ResponseEntity<byte[]> boundaries() {
		return MapController.geoJson(features.boundaries());
	}

	@GetMapping("/api/v1/municipalities")
	@Operation(summary = "The municipalities as map features (GeoJSON)",
			description = "Every municipality of the register: its boundary, or a point at its central town when no "
					+ "boundary is imported. Properties id, name, scbCode, population, populationLabel, url.",
			operationId = "listMunicipalityFeatures")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = MunicipalityFeatures.MEDIA_TYPE,
			schema = @Schema(type = "object")))
	@SecurityRequirements
	ResponseEntity<byte[]> municipalities(Locale locale) {
		return MapController.geoJson(features.forMap(locale));
	}

}
