package se.regionrum.analysis.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.regionrum.analysis.dataset.AnalysisAccess;
import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.DataSets.GridInfo;
import se.regionrum.analysis.dataset.DataSets.NetworkInfo;
import se.regionrum.analysis.dataset.DataSets.PointSetInfo;
import se.regionrum.analysis.dataset.DataStore;
import se.regionrum.analysis.dataset.ServiceType;
import se.regionrum.analysis.dataset.ServiceTypes;
import se.regionrum.analysis.run.RunResults.MunicipalitySummary;
import se.regionrum.analysis.run.RunResults.PointImpact;
import se.regionrum.analysis.run.RunResults.TypeColumns;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;

/**
 * The use cases of analysis runs: start one (or a what-if scenario on a finished one, or the same
 * again), follow it, read its results and compare two. Every signed-in user reads; administrators
 * and editors start. A run is queued here and carried out by {@link RunExecutor} once the
 * starting transaction has committed.
 */
@Service
public class RunService {

	static final String AUDIT_TYPE = "AnalysisRun";

	private final RunStore store;

	private final DataStore data;

	private final ServiceTypes types;

	private final RunExecutor executor;

	private final AnalysisAccess access;

	private final AuditLog audit;

	RunService(RunStore store, DataStore data, ServiceTypes types, RunExecutor executor, AnalysisAccess access,
			AuditLog audit) {
		this.store = store;
		this.data = data;
		this.types = types;
		this.executor = executor;
		this.access = access;
		this.audit = audit;
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
		return store.list(200);
	}

	public AnalysisRun get(long id) {
		access.requireReader();
		return store.find(id).orElseThrow(() -> new NotFoundException("Analysis run", id));
	}

	/** The latest finished run that is not a scenario, for the start page and the demo. */
	public Optional<AnalysisRun> latestDone() {
		access.requireReader();
		return store.latestDone();
	}

	@Transactional
	public AnalysisRun start(RunRequest request) {
		CurrentUser user = access.requireAnalyst();
		GridInfo grid = data.gridInfo(request.gridId())
			.orElseThrow(() -> new InvalidInputException("gridId", "analysis.run.invalid.grid"));
		NetworkInfo network = data.network(request.networkId())
			.orElseThrow(() -> new InvalidInputException("networkId", "analysis.run.invalid.network"));
		PointSetInfo points = data.pointSet(request.pointSetId())
			.orElseThrow(() -> new InvalidInputException("pointSetId", "analysis.run.invalid.pointSet"));
		RunSettings settings = request.settings() == null ? RunSettings.defaults() : request.settings();
		check(settings);
		List<String> known = types.all().stream().map(ServiceType::code).toList();
		List<String> chosen = request.serviceTypes() == null || request.serviceTypes().isEmpty() ? known
				: known.stream().filter(request.serviceTypes()::contains).toList();
		if (request.serviceTypes() != null && !known.containsAll(request.serviceTypes())) {
			throw new InvalidInputException("serviceTypes", "analysis.run.invalid.types");
		}
		String name = request.name() == null || request.name().isBlank() ? grid.name() + " · " + points.name()
				: request.name().strip();
		return queue(new AnalysisRun(0, name, RunStatus.QUEUED, 0, null, null, grid.id(), grid.checksum(),
				network.id(), network.checksum(), points.id(), points.checksum(), null, List.of(), List.of(), settings,
				chosen, grid.synthetic() || network.synthetic() || points.synthetic(), user.username(), Instant.now(),
				null, null, null, null, null, null, null, null, null));
	}

	/** Runs the same data sets (if unchanged) with the same settings again, as a new run. */
	@Transactional
	public AnalysisRun rerun(long id) {
		CurrentUser user = access.requireAnalyst();
		AnalysisRun run = get(id);
		return queue(new AnalysisRun(0, run.name(), RunStatus.QUEUED, 0, null, null, run.gridId(), run.gridChecksum(),
				run.networkId(), run.networkChecksum(), run.pointSetId(), run.pointSetChecksum(), run.baseRunId(),
				run.closedPoints(), run.addedPoints(), run.settings(), run.serviceTypes(), run.synthetic(),
				user.username(), Instant.now(), null, null, null, null, null, null, null, null, null));
	}

	/** A what-if on a finished run: the same inputs with points closed and added. */
	@Transactional
	public AnalysisRun startScenario(long baseRunId, ScenarioRequest request) {
		CurrentUser user = access.requireAnalyst();
		AnalysisRun base = get(baseRunId);
		if (base.scenario()) {
			throw new InvalidInputException("closePoints", "analysis.scenario.invalid.nested");
		}
		if (request.closePoints().isEmpty() && request.addPoints().isEmpty()) {
			throw new InvalidInputException("closePoints", "analysis.scenario.invalid.empty");
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
		}
		String name = request.name() == null || request.name().isBlank() ? base.name() + " · scenario"
				: request.name().strip();
		return queue(new AnalysisRun(0, name, RunStatus.QUEUED, 0, null, null, base.gridId(), base.gridChecksum(),
				base.networkId(), base.networkChecksum(), base.pointSetId(), base.pointSetChecksum(), base.id(),
				request.closePoints().stream().distinct().sorted().toList(), request.addPoints(), base.settings(),
				base.serviceTypes(), base.synthetic(), user.username(), Instant.now(), null, null, null, null, null,
				null, null, null, null));
	}

	private AnalysisRun queue(AnalysisRun run) {
		long id = store.insert(run);
		audit.created(AUDIT_TYPE, id, Map.of("name", run.name(), "gridId", run.gridId(), "networkId", run.networkId(),
				"pointSetId", run.pointSetId(), "baseRunId", String.valueOf(run.baseRunId())));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					executor.submit(id);
				}
			});
		}
		else {
			executor.submit(id);
		}
		return store.find(id).orElseThrow();
	}

	private static void check(RunSettings settings) {
		if (settings.thresholdMinutes().isEmpty()) {
			throw new InvalidInputException("thresholds", "analysis.run.invalid.thresholds");
		}
		try {
			settings.engine(1);
		}
		catch (IllegalArgumentException ex) {
			String field = ex.getMessage().contains("threshold") ? "thresholds"
					: ex.getMessage().contains("speed") ? "connectorSpeedKmh" : "cellSnapMeters";
			throw new InvalidInputException(field, "analysis.run.invalid." + field);
		}
	}

	// Results

	/** Per municipality for one type, with the region's total last (municipality id -1). */
	public List<MunicipalitySummary> summaries(long runId, String type) {
		AnalysisRun run = requireDone(runId);
		List<MunicipalitySummary> rows = new ArrayList<>(
				store.summaries(run.id()).stream().filter(s -> s.type().equals(type)).toList());
		if (!rows.isEmpty()) {
			MunicipalitySummary total = rows.stream().reduce(MunicipalitySummary::plus).orElseThrow();
			rows.add(new MunicipalitySummary(type, -1, "", total.population(), total.band0to10(), total.band10to20(),
					total.band20to30(), total.bandOver30(), total.unreachable(), total.personMinutes(), total.personKm(),
					total.beyondThresholds()));
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
		requireDone(runId);
		return store.impacts(runId).stream().filter(filter::matches).sorted(filter.comparator()).toList();
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
	 * Two runs side by side for one type, per municipality: both must be finished and have read the
	 * same grid version, or the cells would not be the same people.
	 */
	public Comparison compare(long baseId, long otherId, String type) {
		AnalysisRun base = requireDone(baseId);
		AnalysisRun other = requireDone(otherId);
		if (!base.gridChecksum().equals(other.gridChecksum())) {
			throw new InvalidInputException("other", "analysis.compare.differentGrid");
		}
		Map<Long, MunicipalitySummary> before = new LinkedHashMap<>();
		summaries(baseId, type).forEach(s -> before.put(s.municipalityId(), s));
		List<Comparison.Row> rows = new ArrayList<>();
		for (MunicipalitySummary after : summaries(otherId, type)) {
			rows.add(new Comparison.Row(before.get(after.municipalityId()), after));
		}
		return new Comparison(base, other, type, rows);
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

	/** Whether the run is still being worked on by this server (not one that stopped). */
	public boolean inProgressHere(AnalysisRun run) {
		return run.active() && executor.isActive(run.id());
	}

}
