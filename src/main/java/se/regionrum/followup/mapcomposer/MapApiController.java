package se.regionrum.followup.mapcomposer;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Maps", description = "Composed maps (map composer): layers, legend, exports as PNG and PDF")
class MapApiController {

	private final MapCompositionService compositions;

	private final MapExports exports;

	MapApiController(MapCompositionService compositions, MapExports exports) {
		this.compositions = compositions;
		this.exports = exports;
	}

	/** A composition as the API answers it, with the URLs of its exports. */
	record MapResponse(long id, long version, String title, String subtitle, String sourceLine, String paperSize,
			long ownerOrganisationId, boolean published, List<LayerResponse> layers, String png, String pdf,
			String present) {
	}

	record LayerResponse(int position, LayerKind kind, LayerOptions options) {
	}

	private MapResponse response(MapComposition map) {
		List<LayerResponse> layers = new java.util.ArrayList<>();
		for (int i = 0; i < map.layers().size(); i++) {
			layers.add(new LayerResponse(i, map.layers().get(i).kind(), compositions.options(map.layers().get(i))));
		}
		return new MapResponse(map.id(), map.version(), map.title(), map.subtitle(), map.sourceLine(),
				map.paperSize(), map.ownerOrganisationId(), map.published(), layers, "/maps/" + map.id() + ".png",
				"/maps/" + map.id() + ".pdf?paper=" + map.paperSize(), "/maps/" + map.id() + "/present");
	}

	@GetMapping("/api/v1/maps")
	@Operation(summary = "Compositions by title; visitors see published ones", operationId = "listMaps")
	List<MapResponse> list(@RequestParam(required = false) String q) {
		return compositions.list(q).stream().map(this::response).toList();
	}

	@GetMapping("/api/v1/maps/{id:\\d+}")
	@Operation(summary = "One composition with its layers and export URLs", operationId = "getMap")
	MapResponse get(@PathVariable long id) {
		return response(compositions.get(id));
	}

	@GetMapping("/api/v1/maps/{id:\\d+}/layers")
	@Operation(summary = "The styled layers: GeoJSON (WGS84) per layer with styles and legend", operationId = "getMapLayers")
	Map<String, Object> layers(@PathVariable long id, Locale locale) {
		return MapJson.map(exports.styled(id, locale));
	}

	@PostMapping("/api/v1/maps")
	@Operation(summary = "Compose a map (editors of the owner organisation)", operationId = "createMap")
	ResponseEntity<MapResponse> create(@RequestBody MapRequest request) {
		MapComposition saved = compositions.create(request.form(),
				request.layers() == null ? List.of() : request.layers());
		return ResponseEntity.created(URI.create("/api/v1/maps/" + saved.id())).body(response(saved));
	}

	@PutMapping("/api/v1/maps/{id:\\d+}")
	@Operation(summary = "Change a composition; layers are replaced when given", operationId = "updateMap")
	MapResponse update(@PathVariable long id, @RequestBody MapRequest request) {
		return response(compositions.update(id, request.form(), request.layers()));
	}

	@DeleteMapping("/api/v1/maps/{id:\\d+}")
	@Operation(summary = "Delete a composition", operationId = "deleteMap")
	ResponseEntity<Void> delete(@PathVariable long id) {
		compositions.delete(id);
		return ResponseEntity.noContent().build();
	}

}
