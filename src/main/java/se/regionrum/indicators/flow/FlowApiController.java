package se.regionrum.indicators.flow;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.regionrum.indicators.Gender;

@RestController
@Tag(name = "Commuting flows", description = "People who live in one area and work in another (SCB TAB1830), per year and gender")
class FlowApiController {

	private final FlowMaps maps;

	private final FlowImportService imports;

	FlowApiController(FlowMaps maps, FlowImportService imports) {
		this.maps = maps;
		this.imports = imports;
	}

	/** The API's answer: the selection, the areas with a point each, the flows and the totals per area. */
	record FlowsAnswer(Integer year, Gender gender, int min, String view, String area, List<Integer> years,
			String homeCounty, boolean example, List<FlowReport.Place> areas, List<FlowItem> flows,
			List<TotalsItem> totals) {
	}

	record FlowItem(String home, String work, int persons, boolean crossesCountyBorder, boolean example) {
	}

	record TotalsItem(String code, boolean inside, int in, int out, int net, int gross) {
	}

	@GetMapping("/api/v1/flows")
	@Operation(summary = "Commuting flows of a year and gender at or above a threshold",
			description = "Flows within one area are left out. view=in or out with area=<code> gives the flows into or out of "
					+ "that area; totals (in, out, net, gross per area) are over every flow at or above the threshold. "
					+ "Without a year, the latest.", operationId = "listCommutingFlows")
	@SecurityRequirements
	FlowsAnswer flows(@Parameter(description = "year (default: the latest)") @RequestParam(required = false) Integer year,
			@Parameter(description = "T, K or M (default T)") @RequestParam(required = false) String gender,
			@Parameter(description = "smallest flow shown (default 10)") @RequestParam(required = false) Integer min,
			@Parameter(description = "all, in, out, net or gross") @RequestParam(required = false) String view,
			@Parameter(description = "area code for view in/out") @RequestParam(required = false) String area) {
		FlowReport r = maps.report(FlowSelection.of(year, gender, min, view, area));
		FlowSelection s = r.selection();
		return new FlowsAnswer(s.year(), s.gender(), s.min(), s.view().code(), s.area(), r.years(), r.homeCounty(),
				r.example(), r.areas(),
				r.flows().stream().map(f -> new FlowItem(f.homeCode(), f.workCode(), f.persons(), f.crossesBorder(), f.example()))
					.toList(),
				r.totals().stream().map(t -> new TotalsItem(t.code(), t.inside(), t.in(), t.out(), t.net(), t.gross())).toList());
	}

	@PostMapping(path = "/api/v1/flows/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import commuting flows from SCB's CSV or JSON-stat2 (administrators and editors)",
			description = "The flows of the years and genders in the file replace the stored ones. All or nothing: on any "
					+ "problem the answer is 400 with every problem (row and column of a CSV, JSON path of a JSON-stat2 file) "
					+ "and nothing is saved.", operationId = "importCommutingFlows")
	FlowImportResult importFlows(@RequestParam("file") MultipartFile file,
			@Parameter(description = "AUTO (default), UTF_8 or ISO_8859_1; CSV only") @RequestParam(required = false) FlowEncoding encoding,
			@Parameter(description = "mark the flows as exempeldata") @RequestParam(required = false) boolean example)
			throws IOException {
		imports.requireMayImport();
		return imports.importFile(file.getOriginalFilename(), file.getBytes(), new FlowImportOptions(encoding, example));
	}

}
