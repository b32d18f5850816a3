package se.regionrum.analysis.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.analysis.dataset.AnalysisAccess;
import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.DataSets.GridInfo;
import se.regionrum.analysis.dataset.DataSets.NetworkInfo;
import se.regionrum.analysis.dataset.DataSets.PointSetInfo;
import se.regionrum.analysis.dataset.DataSetQueries;
import se.regionrum.analysis.dataset.ServiceType;
import se.regionrum.analysis.dataset.ServiceTypeQueries;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.analysis.run.RunResults.MunicipalitySummary;
import se.regionrum.analysis.run.RunResults.PointImpact;
import se.regionrum.analysis.run.RunResults.TypeColumns;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.Jobs;
import se.regionrum.platform.NotFoundException;

/**
 * The use cases of analysis runs: start one (or a what-if scenario on a finished one, or the same
 * again), follow it, read its results and compare two. Every signed-in user reads; administrators
 * and editors start. A run is queued here as a durable job, written in the transaction that stores
 * the run (so neither exists without the other), and carried out by {@link RunExecutor} on whichever
 * server claims the job.
 */
@Service
public class RunService {

	static final String AUDIT_TYPE = "AnalysisRun";

	/** Names of runs, scenarios and added points fit the 300-character columns they are stored in. */
	static final int MAX_NAME = 300;

	/** A scenario is a what-if on a few places, not a second point set. */
	static final int MAX_ADDED_POINTS = 100;

	static final int MAX_THRESHOLDS = 10;

	static final int MAX_THRESHOLD_MINUTES = 600;

	static final double MAX_SNAP_METERS = 5000;

	static final double MAX_CONNECTOR_KMH = 130;

	private final RunQueries store;

	private final DataSetQueries data;

	private final ServiceTypeQueries types;

	private final Jobs jobs;

	private final AnalysisAccess access;

	private final AuditLog audit;

	private final CoverageCheck coverageCheck;

	RunService(RunQueries store, DataSetQueries data, ServiceTypeQueries types, Jobs jobs, AnalysisAccess access,
			AuditLog audit, CoverageCheck coverageCheck) {
		this.store = store;
		this.data = data;
		this.types = types;
		this.jobs = jobs;
		this.access = access;
		this.audit = audit;
		this.coverageCheck = coverageCheck;
	}

	public boolean mayStart() {
		return access.mayAnalyse();
	}

	/** Throws unless the current user may start runs, before a form is even read. */
	public void requireMayStart() {
		access.requireAnalyst();
	}

	public List<AnalysisRun> list() {
		access.requireReader();
		List<AnalysisRun> list = store.list(200);
		return access.isAdministrator() ? list : list.stream().map(AnalysisRun::withoutDetail).toList();
	}

	/** One run; the technical detail of a failure only for administrators, the message key for all. */
	public AnalysisRun get(long id) {
		access.requireReader();
		AnalysisRun run = store.find(id).orElseThrow(() -> new NotFoundException("Analysis run", id));
		return access.isAdministrator() ? run : run.withoutDetail();
	}

	/** The latest finished run that is not a scenario, for the start page and the demo. */
	public Optional<AnalysisRun> latestDone() {
		access.requireReader();
		return store.latestDone();
	}

	@Transactional
	public AnalysisRun start(RunRequest request) {
		CurrentUser user = access.requireAnalyst();
		Inputs in = inputs(request);
		String name = request.name() == null || request.name().isBlank() ? in.grid().name() + " · " + in.points().name()
				: request.name().strip();
		return queue(new AnalysisRun(0, name, RunStatus.QUEUED, 0, null, null, in.grid().id(), in.grid().checksum(),
				in.network().id(), in.network().checksum(), in.points().id(), in.points().checksum(), null, List.of(),
				List.of(), in.settings(), in.types(),
				in.grid().synthetic() || in.network().synthetic() || in.points().synthetic(), user.username(),
				Instant.now(), null, null, null, null, null, null, null, null, null, null, in.network().mode()));
	}

	/**
	 * How the request's grid and points meet its network, before a run is started: what the start
	 * form and the API's start answer warn about (data sets that do not overlap, people and points
	 * beyond the snap distances). Checks the request as {@link #start} does.
	 */
	public Coverage coverage(RunRequest request) {
		access.requireAnalyst();
		Inputs in = inputs(request);
		Grid grid = data.grid(in.grid().id())
			.orElseThrow(() -> new InvalidInputException("gridId", "analysis.run.invalid.grid"));
		return coverageCheck.of(grid, in.points().id(), in.network(), in.settings(), in.types());
	}

	/** The data sets, settings and types a request names, checked. */
	private record Inputs(GridInfo grid, NetworkInfo network, PointSetInfo points, RunSettings settings,
			List<String> types) {
	}

	private Inputs inputs(RunRequest request) {
		GridInfo grid = data.gridInfo(request.gridId())
			.orElseThrow(() -> new InvalidInputException("gridId", "analysis.run.invalid.grid"));
		NetworkInfo network = data.network(request.networkId())
			.orElseThrow(() -> new InvalidInputException("networkId", "analysis.run.invalid.network"));
		PointSetInfo points = data.pointSet(request.pointSetId())
			.orElseThrow(() -> new InvalidInputException("pointSetId", "analysis.run.invalid.pointSet"));
		TravelMode mode = network.mode();
		RunSettings settings = request.settings() == null ? RunSettings.defaults(mode) : request.settings().forMode(mode);
		check(settings);
		checkLength("name", request.name(), "analysis.run.invalid.name");
		List<String> known = types.all().stream().map(ServiceType::code).toList();
		List<String> chosen = request.serviceTypes() == null || request.serviceTypes().isEmpty() ? known
				: known.stream().filter(request.serviceTypes()::contains).toList();
		if (request.serviceTypes() != null && !known.containsAll(request.serviceTypes())) {
			throw new InvalidInputException("serviceTypes", "analysis.run.invalid.types");
		}
		return new Inputs(grid, network, points, settings, chosen);
	}

	/** Runs the same data sets (if unchanged) with the same settings again, as a new run. */
	@Transactional
	public AnalysisRun rerun(long id) {
		CurrentUser user = access.requireAnalyst();
		AnalysisRun run = get(id);
		return queue(new AnalysisRun(0, run.name(), RunStatus.QUEUED, 0, null, null, run.gridId(), run.gridChecksum(),
				run.networkId(), run.networkChecksum(), run.pointSetId(), run.pointSetChecksum(), run.baseRunId(),
				run.closedPoints(), run.addedPoints(), run.settings(), run.serviceTypes(), run.synthetic(),
				user.username(), Instant.now(), null, null, null, null, null, null, null, null, null, null, run.mode()));
	}

	/** A what-if on a finished run: the same inputs with points closed and added. */
	@Transactional
	public AnalysisRun startScenario(long baseRunId, ScenarioRequest request) {
		CurrentUser user = access.requireAnalyst();
		AnalysisRun base = checkScenario(baseRunId, request);
		String name = request.name() == null || request.name().isBlank() ? base.name() + " · scenario"
				: request.name().strip();
		return queue(new AnalysisRun(0, name, RunStatus.QUEUED, 0, null, null, base.gridId(), base.gridChecksum(),
				base.networkId(), base.networkChecksum(), base.pointSetId(), base.pointSetChecksum(), base.id(),
				request.closePoints().stream().distinct().sorted().toList(), request.addPoints(), base.settings(),
				base.serviceTypes(), base.synthetic(), user.username(), Instant.now(), null, null, null, null, null,
				null, null, null, null, null, base.mode()));
	}

	/**
	 * The base run of a scenario, once the user may analyse and the scenario's choices are checked:
	 * what both a queued scenario run and an immediate preview ({@link ScenarioPreviews}) accept.
	 */
	AnalysisRun checkScenario(long baseRunId, ScenarioRequest request) {
		access.requireAnalyst();
		AnalysisRun base = get(baseRunId);
		if (base.scenario()) {
			throw new InvalidInputException("closePoints", "analysis.scenario.invalid.nested");
		}
		if (request.closePoints().isEmpty() && request.addPoints().isEmpty()) {
			throw new InvalidInputException("closePoints", "analysis.scenario.invalid.empty");
		}
		checkLength("name", request.name(), "analysis.scenario.invalid.name");
		if (request.addPoints().size() > MAX_ADDED_POINTS) {
			throw new InvalidInputException("addPoints", "analysis.scenario.invalid.tooManyAdded");
		}
		int pointCount = data.pointSet(base.pointSetId()).map(PointSetInfo::pointCount).orElse(0);
		for (int seq : request.closePoints()) {
			if (seq < 0 || seq >= pointCount) {
				throw new InvalidInputException("closePoints", "analysis.scenario.invalid.point");
			}
		}
		for (AnalysisRun.AddedPoint p : request.addPoints()) {
			if (!base.serviceTypes().contains(p.type())) {
				throw new InvalidInputException("addType", "analysis.run.invalid.types");
			}
			if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
				throw new InvalidInputException("addX", "analysis.scenario.invalid.place");
			}
			checkLength("addName", p.name(), "analysis.scenario.invalid.addName");
		}
		return base;
	}

	private static void checkLength(String field, String text, String messageKey) {
		if (text != null && text.strip().length() > MAX_NAME) {
			throw new InvalidInputException(field, messageKey);
		}
	}

	/** Stores the run and its job; called only inside the starting use case's transaction. */
	private AnalysisRun queue(AnalysisRun run) {
		long id = store.insert(run);
		audit.created(AUDIT_TYPE, id, Map.of("name", run.name(), "gridId", run.gridId(), "networkId", run.networkId(),
				"pointSetId", run.pointSetId(), "baseRunId", String.valueOf(run.baseRunId())));
		jobs.enqueue(RunExecutor.TASK, id);
		return store.find(id).orElseThrow();
	}

	/**
	 * Checks the settings against bounds a user can understand before the engine sees them: its own
	 * checks speak of arguments, not of the form's fields.
	 */
	static void check(RunSettings settings) {
		List<Integer> thresholds = settings.thresholdMinutes();
		if (thresholds.isEmpty() || thresholds.size() > MAX_THRESHOLDS) {
			throw new InvalidInputException("thresholds", "analysis.run.invalid.thresholds");
		}
		for (int i = 0; i < thresholds.size(); i++) {
			int t = thresholds.get(i);
			if (t < 1 || t > MAX_THRESHOLD_MINUTES || (i > 0 && t <= thresholds.get(i - 1))) {
				throw new InvalidInputException("thresholds", "analysis.run.invalid.thresholds");
			}
		}
		if (!within(settings.cellSnapMeters(), 0, MAX_SNAP_METERS)) {
			throw new InvalidInputException("cellSnapMeters", "analysis.run.invalid.cellSnapMeters");
		}
		if (!within(settings.pointSnapMeters(), 0, MAX_SNAP_METERS)) {
			throw new InvalidInputException("pointSnapMeters", "analysis.run.invalid.pointSnapMeters");
		}
		if (!within(settings.connectorSpeedKmh(), 1, MAX_CONNECTOR_KMH)) {
			throw new InvalidInputException("connectorSpeedKmh", "analysis.run.invalid.connectorSpeedKmh");
		}
		try {
			settings.engine(1);
		}
		catch (IllegalArgumentException ex) {
			String message = String.valueOf(ex.getMessage());
			String field = message.contains("threshold") ? "thresholds"
					: message.contains("speed") ? "connectorSpeedKmh" : "cellSnapMeters";
			throw new InvalidInputException(field, "analysis.run.invalid." + field);
		}
	}

	private static boolean within(double value, double min, double max) {
		return Double.isFinite(value) && value >= min && value <= max;
	}

	// Results

	/** Per municipality for one type, with the region's total last (municipality id -1). */
	public List<MunicipalitySummary> summaries(long runId, String type) {
		AnalysisRun run = requireDone(runId);
		List<MunicipalitySummary> rows = new ArrayList<>(
				store.summaries(run.id()).stream().filter(s -> s.type().equals(type)).toList());
		if (!rows.isEmpty()) {
			rows.add(rows.stream().reduce(MunicipalitySummary::plus).orElseThrow().asTotal());
		}
		return rows;
	}

	/** Every type's summaries, types in the run's order. */
	public Map<String, List<MunicipalitySummary>> allSummaries(long runId) {
		AnalysisRun run = requireDone(runId);
		Map<String, List<MunicipalitySummary>> byType = new LinkedHashMap<>();
		for (String type : run.serviceTypes()) {
			byType.put(type, summaries(runId, type));
		}
		return byType;
	}

	public List<PointImpact> impacts(long runId, ImpactFilter filter) {
		AnalysisRun run = requireDone(runId);
		return store.impacts(runId, ageGroups(run)).stream().filter(filter::matches).sorted(filter.comparator()).toList();
	}

	/** The points a finished run left out for lying further than the snap distance from the roads, in seq order. */
	public List<PointImpact> pointsOffNetwork(long runId) {
		return impacts(runId, ImpactFilter.all()).stream().filter(p -> !p.onNetwork()).sorted(
				java.util.Comparator.comparingInt(PointImpact::seq)).toList();
	}

	/** The age groups of the run's grid, empty when it has none or is gone. */
	public List<String> ageGroups(long runId) {
		return ageGroups(get(runId));
	}

	private List<String> ageGroups(AnalysisRun run) {
		return data.gridInfo(run.gridId()).map(GridInfo::ageGroups).orElse(List.of());
	}

	/** The run's grid with the per-cell columns of one type. */
	public CellResults cells(long runId, String type) {
		AnalysisRun run = requireDone(runId);
		TypeColumns columns = store.typeColumns(runId, type)
			.orElseThrow(() -> new NotFoundException("Service type in run", type));
		Grid grid = data.grid(run.gridId()).orElseThrow(() -> new NotFoundException("Grid", run.gridId()));
		return new CellResults(grid, columns);
	}

	/** The run's grid with every type's columns, in the run's type order. */
	public Map<String, TypeColumns> allColumns(long runId) {
		AnalysisRun run = requireDone(runId);
		Map<String, TypeColumns> columns = new LinkedHashMap<>();
		for (String type : run.serviceTypes()) {
			store.typeColumns(runId, type).ifPresent(c -> columns.put(type, c));
		}
		return columns;
	}

	public Grid grid(long runId) {
		AnalysisRun run = requireDone(runId);
		return data.grid(run.gridId()).orElseThrow(() -> new NotFoundException("Grid", run.gridId()));
	}

	/** The grid and one type's per-cell results. */
	public record CellResults(Grid grid, TypeColumns columns) {
	}

	/**
	 * Two runs side by side for one type, per municipality: both must be finished, have read the
	 * same grid version (or the cells would not be the same people), counted people beyond the same
	 * limits and measured the type.
	 */
	public Comparison compare(long baseId, long otherId, String type) {
		AnalysisRun base = requireDone(baseId);
		AnalysisRun other = requireDone(otherId);
		String problem = incomparable(base, other);
		if (problem != null) {
			throw new InvalidInputException("other", problem);
		}
		if (type == null || !base.serviceTypes().contains(type) || !other.serviceTypes().contains(type)) {
			throw new InvalidInputException("type", "analysis.compare.differentTypes");
		}
		Map<Long, MunicipalitySummary> before = new LinkedHashMap<>();
		summaries(baseId, type).forEach(s -> before.put(s.municipalityId(), s));
		List<Comparison.Row> rows = new ArrayList<>();
		for (MunicipalitySummary after : summaries(otherId, type)) {
			rows.add(new Comparison.Row(before.get(after.municipalityId()), after));
		}
		return new Comparison(base, other, type, rows);
	}

	/** The finished runs that can be compared with this one, newest first. */
	public List<AnalysisRun> comparable(long runId) {
		AnalysisRun run = get(runId);
		return store.list(200)
			.stream()
			.filter(r -> r.id() != runId && r.done() && incomparable(run, r) == null)
			.map(AnalysisRun::withoutDetail)
			.toList();
	}

	/** Why two runs cannot be compared (a message key), or {@code null} when they can. */
	private static String incomparable(AnalysisRun a, AnalysisRun b) {
		if (!a.gridChecksum().equals(b.gridChecksum())) {
			return "analysis.compare.differentGrid";
		}
		if (!a.settings().thresholdMinutes().equals(b.settings().thresholdMinutes())) {
			return "analysis.compare.differentThresholds";
		}
		if (a.serviceTypes().stream().noneMatch(b.serviceTypes()::contains)) {
			return "analysis.compare.differentTypes";
		}
		return null;
	}

	/** A comparison of two runs; rows pair the base's summary (or null) with the other's. */
	public record Comparison(AnalysisRun base, AnalysisRun other, String type, List<Row> rows) {

		public record Row(MunicipalitySummary base, MunicipalitySummary other) {

			public Double meanMinutesChange() {
				if (base == null || base.meanMinutes() == null || other.meanMinutes() == null) {
					return null;
				}
				return other.meanMinutes() - base.meanMinutes();
			}

			public Long beyondChange(int threshold) {
				return base == null ? null : other.beyondThresholds().get(threshold) - base.beyondThresholds().get(threshold);
			}

		}

	}

	private AnalysisRun requireDone(long runId) {
		AnalysisRun run = get(runId);
		if (!run.done()) {
			throw new NotFoundException("Results of analysis run", runId);
		}
		return run;
	}

}
