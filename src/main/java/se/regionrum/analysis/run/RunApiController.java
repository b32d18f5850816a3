package se.regionrum.analysis.run;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.dataset.DataSets.GridInfo;
import se.regionrum.analysis.dataset.DataSets.NetworkInfo;
import se.regionrum.analysis.dataset.DataSets.PointSetInfo;
import se.regionrum.analysis.dataset.ServiceType;
import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.run.RunResults.MunicipalitySummary;
import se.regionrum.analysis.run.RunResults.PointImpact;

@RestController
@RequestMapping("/api/v1/analysis")
@Tag(name = "Analysis", description = "Service accessibility: service types, data sets, runs (start, status, list), "
		+ "results per municipality, closure impact per point and per-cell results. Signed-in users read; "
		+ "administrators and editors start runs.")
class RunApiController {

	private final RunService runs;

	private final DataSetService data;

	private final MessageSource messages;

	private final ScenarioPreviews previews;

	RunApiController(RunService runs, DataSetService data, MessageSource messages, ScenarioPreviews previews) {
		this.runs = runs;
		this.data = data;
		this.messages = messages;
		this.previews = previews;
	}

	/**
	 * Per-cell results of one type as parallel arrays, in the grid's cell order: lower-left corner in
	 * SWEREF 99 TM, population, municipality (organisation id, 0 = none), time in deciseconds, road
	 * metres and the nearest point's seq; -1 where no point is reachable.
	 */
	record CellsResponse(long runId, String type, String crs, int cellSize, int[] x, int[] y, int[] population,
			int[] municipalityId, int[] deciseconds, int[] meters, int[] nearestPoint) {
	}

	@GetMapping("/service-types")
	@Operation(summary = "The service types analyses measure, in their order", operationId = "listServiceTypes")
	List<ServiceType> serviceTypes() {
		return data.serviceTypes();
	}

	@GetMapping("/grids")
	@Operation(summary = "Population grids with their versions (checksums)", operationId = "listAnalysisGrids")
	List<GridInfo> grids() {
		return data.grids();
	}

	@GetMapping("/point-sets")
	@Operation(summary = "Sets of service points with their versions", operationId = "listAnalysisPointSets")
	List<PointSetInfo> pointSets() {
		return data.pointSets();
	}

	@GetMapping("/networks")
	@Operation(summary = "Road networks with their versions", operationId = "listAnalysisNetworks")
	List<NetworkInfo> networks() {
		return data.networks();
	}

	@GetMapping("/runs")
	@Operation(summary = "Analysis runs, newest first", operationId = "listAnalysisRuns")
	List<AnalysisRun> list() {
		return runs.list();
	}

	/**
	 * A run just queued, with how its grid and points meet its network: cells and people further
	 * than the cell snap distance from every road, points further than the point snap distance.
	 */
	record StartedRun(@JsonUnwrapped AnalysisRun run, CoverageFigures coverage, List<Warning> warnings) {
	}

	record CoverageFigures(int cells, int cellsBeyondSnap, long population, long populationBeyondSnap, int points,
			int pointsBeyondSnap, boolean apart) {
	}

	/** Something to know before trusting the result, in the request's language. */
	record Warning(String code, String message) {
	}

	@PostMapping("/runs")
	@Operation(summary = "Start an analysis run (administrators and editors)",
			description = "Queues the run and answers at once with 202 Accepted; follow its status at the Location. "
					+ "Settings default to the engine's defaults, service types to all. The answer also says how the "
					+ "grid and points meet the network (coverage) and warns (warnings, in the request's language) when "
					+ "they do not overlap, when much of the population lies beyond the cell snap distance or when "
					+ "points lie beyond the point snap distance and will be left out. The run travels as its network "
					+ "was built (mode: CAR, WALK or BIKE); a settings.connectorSpeedKmh of 0 takes the mode's "
					+ "default (car 20, walking 5, cycling 15 km/h).",
			operationId = "startAnalysisRun")
	ResponseEntity<StartedRun> start(@RequestBody RunRequest request, Locale locale) {
		Coverage coverage = runs.coverage(request);
		AnalysisRun run = runs.start(request);
		List<Warning> warnings = coverage.warnings().stream()
			.map(w -> new Warning(w.code(), messages.getMessage(w.code(), w.args(), locale)))
			.toList();
		CoverageFigures figures = new CoverageFigures(coverage.cells(), coverage.cellsBeyond(), coverage.population(),
				coverage.populationBeyond(), coverage.points(), coverage.pointsBeyond(), coverage.apart());
		return ResponseEntity.accepted().location(URI.create("/api/v1/analysis/runs/" + run.id()))
			.body(new StartedRun(run, figures, warnings));
	}

	@GetMapping("/runs/{id:\\d+}")
	@Operation(summary = "One run with its status, progress (percent) and, when done, its figures",
			operationId = "getAnalysisRun")
	AnalysisRun get(@PathVariable long id) {
		return runs.get(id);
	}

	@PostMapping("/runs/{id:\\d+}/scenarios")
	@Operation(summary = "Start a what-if scenario on a finished run: close points (by seq) and add points",
			operationId = "startAnalysisScenario")
	ResponseEntity<AnalysisRun> scenario(@PathVariable long id, @RequestBody ScenarioRequest request) {
		AnalysisRun run = runs.startScenario(id, request);
		return ResponseEntity.accepted().location(URI.create("/api/v1/analysis/runs/" + run.id())).body(run);
	}

	/** At most this many changed cells travel with a preview; the figures always count them all. */
	static final int PREVIEW_CELLS = 5000;

	/**
	 * A preview's figures with its changed cells as GeoJSON (WGS 84): each cell's square, type,
	 * minutes before and after (null where no point is reached) and change class as the scenario
	 * run's map legend has it.
	 */
	record PreviewResponse(@JsonUnwrapped ScenarioPreview preview, FeatureCollection cells, boolean cellsTruncated) {
	}

	record FeatureCollection(String type, List<Feature> features) {
	}

	record Feature(String type, Polygon geometry, CellChange properties) {
	}

	record Polygon(String type, double[][][] coordinates) {
	}

	record CellChange(String serviceType, int cellX, int cellY, int population, Double minutesBefore,
			Double minutesAfter, int changeClass) {
	}

	@PostMapping("/runs/{id:\\d+}/scenario-preview")
	@Operation(summary = "Answer a what-if scenario on a finished run at once, storing nothing",
			description = "Takes the same body as the scenarios endpoint (close points by seq, add points by type and "
					+ "SWEREF 99 TM x/y) and answers with the figures per service type and per municipality: people "
					+ "whose time falls or rises, who lose or gain any point, person-minutes before and after, people "
					+ "beyond each of the run's limits before and after; whether each type was repaired or searched "
					+ "afresh; the engine's time. The changed cells come as GeoJSON, at most " + PREVIEW_CELLS
					+ " (cellsTruncated says when more changed); cells=false leaves them out. The same checks as the scenarios endpoint: 400 naming "
					+ "the field; 404 until the run is done. Post to the scenarios endpoint to keep the scenario as a run.",
			operationId = "previewAnalysisScenario")
	PreviewResponse scenarioPreview(@PathVariable long id, @RequestBody ScenarioRequest request,
			@RequestParam(defaultValue = "true") boolean cells) {
		ScenarioPreviews.Evaluated evaluated = previews.evaluate(id, request);
		List<Feature> features = new ArrayList<>();
		boolean truncated = false;
		for (String type : cells ? evaluated.prepared().run().serviceTypes() : List.<String>of()) {
			ScenarioPreviews.ChangedCells changed = previews.changedCells(evaluated, type);
			var grid = changed.grid();
			int size = grid.info().cellSize();
			for (int i = 0; i < changed.cells().length; i++) {
				if (features.size() == PREVIEW_CELLS) {
					truncated = true;
					break;
				}
				int c = changed.cells()[i];
				features.add(new Feature("Feature", square(grid.x()[c], grid.y()[c], size),
						new CellChange(type, grid.x()[c], grid.y()[c], grid.population()[c],
								RunExports.minutes(changed.before()[i]), RunExports.minutes(changed.after()[i]),
								changed.classes()[i])));
			}
		}
		return new PreviewResponse(evaluated.preview(), new FeatureCollection("FeatureCollection", features), truncated);
	}

	private static Polygon square(int x, int y, int size) {
		int[][] corners = { { x, y }, { x + size, y }, { x + size, y + size }, { x, y + size }, { x, y } };
		double[][] ring = new double[corners.length][];
		for (int k = 0; k < corners.length; k++) {
			double[] lonLat = CoordinateTransforms.sweref99ToWgs84(corners[k][0], corners[k][1]);
			ring[k] = new double[] { Math.round(lonLat[0] * 1e6) / 1e6, Math.round(lonLat[1] * 1e6) / 1e6 };
		}
		return new Polygon("Polygon", new double[][][] { ring });
	}

	@GetMapping("/runs/{id:\\d+}/municipalities")
	@Operation(summary = "Population per municipality by travel-time band for one service type",
			description = "The last row (municipalityId -1) is the whole region; municipalityId 0 holds cells outside "
					+ "every boundary. 404 until the run is done.", operationId = "getAnalysisMunicipalitySummary")
	List<MunicipalitySummary> municipalities(@PathVariable long id, @RequestParam String type) {
		return runs.summaries(id, type);
	}

	@GetMapping("/runs/{id:\\d+}/impacts")
	@Operation(summary = "Closure impact per service point, ranked",
			description = "Filter by type and municipality; sort by addedMinutes (default), affected, pushed, stranded, "
					+ "served or name; dir asc or desc.", operationId = "getAnalysisPointRanking")
	List<PointImpact> impacts(@PathVariable long id, @ParameterObject @ModelAttribute ImpactFilter filter) {
		return runs.impacts(id, filter);
	}

	@GetMapping("/compare")
	@Operation(summary = "Two finished runs side by side per municipality for one service type",
			description = "Pairs each municipality's summary in the base run (or null) with the other's; the last row "
					+ "(municipalityId -1) is the region. For a scenario, pass its base run as base. The runs must have "
					+ "read the same grid version, counted people beyond the same limits and both measured the type; "
					+ "otherwise 400 with the reason. 404 until both are done.", operationId = "compareAnalysisRuns")
	RunService.Comparison compare(@RequestParam long base, @RequestParam long other, @RequestParam String type) {
		return runs.compare(base, other, type);
	}

	@GetMapping("/runs/{id:\\d+}/cells")
	@Operation(summary = "Per-cell results of one service type as parallel arrays", operationId = "getAnalysisCells")
	CellsResponse cells(@PathVariable long id, @RequestParam String type) {
		RunService.CellResults cells = runs.cells(id, type);
		var grid = cells.grid();
		return new CellsResponse(id, type, grid.info().crs(), grid.info().cellSize(), grid.x(), grid.y(),
				grid.population(), grid.municipality(), cells.columns().times(), cells.columns().meters(),
				cells.columns().nearest());
	}

}
