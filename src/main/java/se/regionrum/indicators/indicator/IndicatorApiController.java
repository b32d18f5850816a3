package se.regionrum.indicators.indicator;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorSource;

@RestController
@Tag(name = "Indicators", description = "Indicators (nyckeltal) with their goal links and targets, and their values per area, year and gender")
class IndicatorApiController {

	private final IndicatorService service;

	private final IndicatorReading reading;

	IndicatorApiController(IndicatorService service, IndicatorReading reading) {
		this.service = service;
		this.reading = reading;
	}

	@GetMapping("/api/v1/indicators")
	@Operation(summary = "Indicators, filtered by source, strategy goal and a search text", operationId = "listIndicators")
	@SecurityRequirements
	List<IndicatorResponse> list(@RequestParam(required = false) IndicatorSource source,
			@RequestParam(required = false) Long goal, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
		return reading.responses(new IndicatorFilter(source, goal, q, sort, dir));
	}

	@GetMapping("/api/v1/indicators/{id:\\d+}")
	@Operation(summary = "One indicator with its goal links and targets", operationId = "getIndicator")
	@SecurityRequirements
	IndicatorResponse get(@PathVariable long id) {
		return reading.response(id);
	}

	@GetMapping("/api/v1/indicators/{id:\\d+}/values")
	@Operation(summary = "Values of an indicator",
			description = "Areas are municipal SCB codes (2080), regions as Kolada writes them (0020) and 0000 for the country; "
					+ "without area, every area. Gender T (total, the default), K (women) or M (men). Without year, every year. "
					+ "A missing value has value null and status MISSING; example=true marks an illustrative value (exempeldata).",
			operationId = "getIndicatorValues")
	@SecurityRequirements
	List<IndicatorValueResponse> values(@PathVariable long id,
			@Parameter(description = "area codes, repeated or comma-separated") @RequestParam(name = "area", required = false) List<String> area,
			@RequestParam(required = false) Gender gender, @RequestParam(required = false) Integer year) {
		List<String> areas = new ArrayList<>();
		if (area != null) {
			area.forEach(a -> {
				for (String code : a.split(",")) {
					if (!code.isBlank()) {
						areas.add(code.strip());
					}
				}
			});
		}
		return reading.values(id, areas, gender == null ? Gender.T : gender, year);
	}

	@PostMapping("/api/v1/indicators")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an indicator (the region's administrators and editors)",
			description = "The code must be unique; Kolada and SCB indicators need a source id; each goal link may carry a target value and year.",
			operationId = "createIndicator")
	ResponseEntity<IndicatorResponse> create(@Valid @RequestBody IndicatorRequest request) {
		Indicator saved = service.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/indicators/" + saved.id())).body(reading.response(saved.id()));
	}

	@PutMapping("/api/v1/indicators/{id:\\d+}")
	@Operation(summary = "Change an indicator and replace its goal links (the region's administrators and editors)",
			operationId = "updateIndicator")
	IndicatorResponse update(@PathVariable long id, @Valid @RequestBody IndicatorRequest request) {
		service.update(id, request.toForm());
		return reading.response(id);
	}

	@DeleteMapping("/api/v1/indicators/{id:\\d+}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an indicator with its goal links and values (the region's administrators and editors)",
			operationId = "deleteIndicator")
	void delete(@PathVariable long id) {
		service.delete(id);
	}

}
