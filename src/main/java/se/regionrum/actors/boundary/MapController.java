package se.regionrum.actors.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The map page (the municipalities coloured by population, with a table as the text
 * alternative) and the GeoJSON it draws, plus the download of the imported boundaries.
 */
@Controller
class MapController {

	/** Class breaks of the population legend: under 10 000, 10 000–19 999 … 100 000 and more. */
	static final List<Integer> POPULATION_BREAKS = List.of(10_000, 20_000, 50_000, 100_000);

	static final MediaType GEO_JSON = MediaType.parseMediaType(MunicipalityFeatures.MEDIA_TYPE);

	private final MunicipalityFeatures features;

	MapController(MunicipalityFeatures features) {
		this.features = features;
	}

	/** One class of the legend; {@code from} or {@code to} is null at the open ends. */
	record LegendClass(int index, Integer from, Integer to) {
	}

	@GetMapping("/map")
	String map(Model model) {
		var municipalities = features.municipalities();
		model.addAttribute("municipalities", municipalities);
		model.addAttribute("boundaryCount",
				municipalities.stream().filter(MunicipalityRow::hasBoundary).count());
		model.addAttribute("boundaryAttribution", features.attribution());
		model.addAttribute("legend", legend());
		model.addAttribute("breaks", String.join(",", POPULATION_BREAKS.stream().map(String::valueOf).toList()));
		return "actors/map/map";
	}

	@GetMapping("/municipalities.geojson")
	ResponseEntity<byte[]> municipalities(Locale locale) {
		return geoJson(features.forMap(locale));
	}

	@GetMapping("/boundaries.geojson")
	ResponseEntity<byte[]> boundaries() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("kommungranser.geojson").build().toString())
			.contentType(GEO_JSON)
			.cacheControl(CacheControl.noCache())
			.body(features.boundaries());
	}

	static ResponseEntity<byte[]> geoJson(byte[] body) {
		return ResponseEntity.ok().contentType(GEO_JSON).cacheControl(CacheControl.noCache()).body(body);
	}

	static List<LegendClass> legend() {
		List<LegendClass> classes = new ArrayList<>();
		for (int i = 0; i <= POPULATION_BREAKS.size(); i++) {
			Integer from = i == 0 ? null : POPULATION_BREAKS.get(i - 1);
			Integer to = i == POPULATION_BREAKS.size() ? null : POPULATION_BREAKS.get(i) - 1;
			classes.add(new LegendClass(i, from, to));
		}
		return classes;
	}

}
