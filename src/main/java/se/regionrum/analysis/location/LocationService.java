package se.regionrum.analysis.location;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.analysis.dataset.AnalysisAccess;
import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.MunicipalityLocator;
import se.regionrum.analysis.engine.NodeLocator;
import se.regionrum.analysis.location.LocationResults.Candidate;
import se.regionrum.analysis.location.LocationResults.Municipality;
import se.regionrum.analysis.location.LocationResults.Site;
import se.regionrum.analysis.run.AnalysisRun;
import se.regionrum.analysis.run.ImpactFilter;
import se.regionrum.analysis.run.RunFailure;
import se.regionrum.analysis.run.RunInputs;
import se.regionrum.analysis.run.RunService;
import se.regionrum.analysis.run.RunStatus;
import se.regionrum.analysis.run.ScenarioRequest;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.Jobs;
import se.regionrum.platform.NotFoundException;

/**
 * The use cases of location analyses: start one on a finished run, follow it, read its results and
 * open its chosen sites as a scenario. Who may read follows the run (every signed-in user);
 * administrators and editors start. Queued as a durable job in the transaction that stores it.
 */
@Service
public class LocationService {

	static final String AUDIT_TYPE = "LocationAnalysis";

	/** An uploaded or drawn list is a few candidate sites, not a point set. */
	public static final int MAX_SITES_LISTED = 5000;

	static final int MAX_NAME = 300;

	static final int MAX_MINUTES = 600;

	private final LocationQueries store;

	private final RunService runs;

	private final AnalysisAccess access;

	private final MunicipalityLocator municipalities;

	private final Jobs jobs;

	private final AuditLog audit;

	private final RunInputs inputs;

	LocationService(LocationQueries store, RunService runs, AnalysisAccess access, MunicipalityLocator municipalities,
			Jobs jobs, AuditLog audit, RunInputs inputs) {
		this.store = store;
		this.runs = runs;
		this.inputs = inputs;
		this.access = access;
		this.municipalities = municipalities;
		this.jobs = jobs;
		this.audit = audit;
	}

	public boolean mayStart() {
		return access.mayAnalyse();
	}

	public void requireMayStart() {
		access.requireAnalyst();
	}

	@Transactional
	public LocationAnalysis start(long runId, LocationRequest request) {
		CurrentUser user = access.requireAnalyst();
		AnalysisRun run = runs.get(runId);
		InvalidInputException.throwFirst(problems(run, request));
		int cover = request.coverMinutes() == null ? run.settings().thresholdMinutes().get(0) : request.coverMinutes();
		Set<Integer> thresholds = new TreeSet<>(run.settings().thresholdMinutes());
		thresholds.add(cover);
		CandidateKind kind = request.candidates();
		String input = switch (kind) {
			case CELLS -> null;
			case ROAD_JUNCTIONS -> String.valueOf(minPopulation(request));
			case UPLOADED, DRAWN -> request.sites().stream().map(LocationService::line).collect(Collectors.joining("\n"));
		};
		LocationAnalysis analysis = new LocationAnalysis(0, runId, request.serviceType(), kind, input,
				request.siteCount(), request.objective() == null ? Objective.MEDIAN : request.objective(), cover,
				List.copyOf(thresholds), request.municipalities().stream().distinct().sorted().toList(),
				request.closablePoints().stream().distinct().sorted().toList(), RunStatus.QUEUED, 0, null, null, null, null,
				null, List.of(), user.username(), Instant.now(), null, null, null);
		long id = store.insert(analysis);
		audit.created(AUDIT_TYPE, id, Map.of("runId", runId, "serviceType", analysis.serviceType(), "candidates",
				kind.name(), "siteCount", analysis.siteCount(), "objective", analysis.objective().name()));
		jobs.enqueue(LocationExecutor.TASK, id);
		return store.find(id).orElseThrow();
	}

	private static int minPopulation(LocationRequest request) {
		return request.minPopulation() == null ? RoadJunctions.DEFAULT_MIN_POPULATION : request.minPopulation();
	}

	private static String line(LocationRequest.Site s) {
		String name = s.name() == null ? "" : s.name().strip().replace('\n', ' ').replace(';', ',');
		return s.x() + ";" + s.y() + ";" + name;
	}

	/** Every rule the request breaks, each naming its field; the first is what the user is told. */
	private List<InvalidInputException> problems(AnalysisRun run, LocationRequest request) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (!run.done()) {
			problems.add(new InvalidInputException("runId", "analysis.location.invalid.runNotDone"));
			return problems;
		}
		if (request.serviceType() == null || !run.serviceTypes().contains(request.serviceType())) {
			problems.add(new InvalidInputException("serviceType", "analysis.location.invalid.type"));
		}
		if (request.candidates() == null) {
			problems.add(new InvalidInputException("candidates", "analysis.location.invalid.candidates"));
		}
		else if (request.candidates() == CandidateKind.ROAD_JUNCTIONS) {
			int least = minPopulation(request);
			if (least < 1 || least > RoadJunctions.MAX_MIN_POPULATION) {
				problems.add(new InvalidInputException("minPopulation", "analysis.location.invalid.minPopulation"));
			}
		}
		else if (request.candidates() != CandidateKind.CELLS) {
			if (request.sites().isEmpty()) {
				problems.add(new InvalidInputException("sites", "analysis.location.invalid.noSites"));
			}
			if (request.sites().size() > MAX_SITES_LISTED) {
				problems.add(new InvalidInputException("sites", "analysis.location.invalid.tooManySites"));
			}
			for (LocationRequest.Site s : request.sites()) {
				if (!Double.isFinite(s.x()) || !Double.isFinite(s.y())) {
					problems.add(new InvalidInputException("sites", "analysis.location.invalid.place"));
					break;
				}
				if (s.name() != null && s.name().strip().length() > MAX_NAME) {
					problems.add(new InvalidInputException("sites", "analysis.location.invalid.siteName"));
					break;
				}
			}
			if (problems.isEmpty()) {
				offNetwork(run, request.sites()).ifPresent(problems::add);
			}
		}
		if (request.siteCount() == null || request.siteCount() < 1 || request.siteCount() > LocationProblem.MAX_SITES) {
			problems.add(new InvalidInputException("siteCount", "analysis.location.invalid.siteCount"));
		}
		if (request.coverMinutes() != null && (request.coverMinutes() < 1 || request.coverMinutes() > MAX_MINUTES)) {
			problems.add(new InvalidInputException("coverMinutes", "analysis.location.invalid.coverMinutes"));
		}
		if (!municipalities.names().keySet().containsAll(request.municipalities())) {
			problems.add(new InvalidInputException("municipalities", "analysis.location.invalid.municipality"));
		}
		if (!request.closablePoints().isEmpty()) {
			Set<Integer> ofType = runs.impacts(run.id(), ImpactFilter.all()).stream()
				.filter(p -> p.type().equals(request.serviceType()) && p.onNetwork())
				.map(p -> p.seq())
				.collect(Collectors.toSet());
			if (!ofType.containsAll(request.closablePoints())) {
				problems.add(new InvalidInputException("closablePoints", "analysis.location.invalid.closable"));
			}
		}
		return problems;
	}

	/**
	 * Listed sites none of which lies within the point snap distance of a road, as the solver attaches
	 * them, could never be chosen: refused, with a hint when x and y swapped would fall in the grid.
	 */
	private Optional<InvalidInputException> offNetwork(AnalysisRun run, List<LocationRequest.Site> sites) {
		RunInputs.Loaded in;
		try {
			in = inputs.load(run, () -> {
			});
		}
		catch (RunFailure ex) {
			// a data set gone or changed: the job fails with the run's own message
			return Optional.empty();
		}
		NodeLocator roads = in.engine().locator();
		double snap = run.settings().pointSnapMeters();
		if (sites.stream().anyMatch(s -> roads.nearest(s.x(), s.y(), snap) >= 0)) {
			return Optional.empty();
		}
		Grid grid = in.grid();
		int size = grid.info().cellSize();
		IntSummaryStatistics xs = java.util.Arrays.stream(grid.x()).summaryStatistics();
		IntSummaryStatistics ys = java.util.Arrays.stream(grid.y()).summaryStatistics();
		boolean swapped = sites.stream().anyMatch(s -> s.y() >= xs.getMin() && s.y() <= xs.getMax() + size
				&& s.x() >= ys.getMin() && s.x() <= ys.getMax() + size);
		return Optional.of(new InvalidInputException("sites",
				swapped ? "analysis.location.invalid.offNetworkSwapped" : "analysis.location.invalid.offNetwork"));
	}

	/** One analysis; the technical detail of a failure only for administrators. */
	public LocationAnalysis get(long runId, long id) {
		access.requireReader();
		LocationAnalysis analysis = store.find(id).filter(a -> a.runId() == runId)
			.orElseThrow(() -> new NotFoundException("Location analysis", id));
		return access.isAdministrator() ? analysis : analysis.withoutDetail();
	}

	public List<LocationAnalysis> ofRun(long runId) {
		access.requireReader();
		List<LocationAnalysis> list = store.ofRun(runId);
		return access.isAdministrator() ? list : list.stream().map(LocationAnalysis::withoutDetail).toList();
	}

	public List<Candidate> candidates(long runId, long id) {
		requireDone(runId, id);
		return store.candidates(id);
	}

	/** The candidates with the greatest gain for the objective first ({@link LocationAnalysis#gain}). */
	public List<Candidate> topCandidates(long runId, long id, int limit) {
		LocationAnalysis analysis = requireDone(runId, id);
		if (analysis.objective() == Objective.MEDIAN) {
			return store.topCandidates(id, limit);
		}
		// people within the cover time are stored per threshold in one text column: ranked here
		return store.candidates(id).stream()
			.sorted(java.util.Comparator.comparingDouble(analysis::gain).reversed()
				.thenComparingInt(Candidate::idx))
			.limit(limit)
			.toList();
	}

	/** How many candidates lie too far from a road to be chosen. */
	public int offNetworkCount(long runId, long id) {
		requireDone(runId, id);
		return store.offNetworkCount(id);
	}

	public List<Site> sites(long runId, long id) {
		requireDone(runId, id);
		return store.sites(id);
	}

	/**
	 * Per municipality before and after, with names, by name as the run page lists them (outside
	 * every boundary after them), and the region's total last (id -1).
	 */
	public List<Municipality> municipalities(long runId, long id) {
		requireDone(runId, id);
		Map<Long, String> names = municipalities.names();
		List<Municipality> rows = new ArrayList<>();
		long population = 0;
		double before = 0;
		double after = 0;
		long[] withinBefore = null;
		long[] withinAfter = null;
		for (Municipality m : store.municipalities(id)) {
			rows.add(new Municipality(m.municipalityId(), names.getOrDefault(m.municipalityId(), ""), m.population(),
					m.personMinutesBefore(), m.personMinutesAfter(), m.withinBefore(), m.withinAfter()));
			population += m.population();
			before += m.personMinutesBefore();
			after += m.personMinutesAfter();
			if (withinBefore == null) {
				withinBefore = new long[m.withinBefore().size()];
				withinAfter = new long[m.withinAfter().size()];
			}
			for (int t = 0; t < withinBefore.length; t++) {
				withinBefore[t] += m.withinBefore().get(t);
				withinAfter[t] += m.withinAfter().get(t);
			}
		}
		java.text.Collator byName = java.text.Collator.getInstance(Locale.forLanguageTag("sv"));
		rows.sort(java.util.Comparator.comparing((Municipality m) -> m.municipalityId() == 0)
			.thenComparing(Municipality::name, byName));
		if (withinBefore != null) {
			rows.add(new Municipality(-1, "", population, before, after, java.util.Arrays.stream(withinBefore).boxed().toList(),
					java.util.Arrays.stream(withinAfter).boxed().toList()));
		}
		return rows;
	}

	/**
	 * Opens the chosen sites (and closes the relocated points) as a what-if scenario on the run,
	 * named by {@code scenarioName} from the analysis and its number of sites.
	 */
	@Transactional
	public AnalysisRun openAsScenario(long runId, long id, String siteName,
			java.util.function.BiFunction<LocationAnalysis, Integer, String> scenarioName) {
		LocationAnalysis analysis = requireDone(runId, id);
		List<AnalysisRun.AddedPoint> added = new ArrayList<>();
		for (Site s : store.sites(id)) {
			String name = s.candidate().name() == null || s.candidate().name().isBlank()
					? siteName + " " + s.order() : s.candidate().name();
			added.add(new AnalysisRun.AddedPoint(analysis.serviceType(), name, s.candidate().x(), s.candidate().y()));
		}
		if (added.isEmpty() && analysis.closedPoints().isEmpty()) {
			throw new InvalidInputException("sites", "analysis.location.invalid.nothingChosen");
		}
		return runs.startScenario(runId,
				new ScenarioRequest(scenarioName.apply(analysis, added.size()), analysis.closedPoints(), added));
	}

	private LocationAnalysis requireDone(long runId, long id) {
		LocationAnalysis analysis = get(runId, id);
		if (!analysis.done()) {
			throw new NotFoundException("Results of location analysis", id);
		}
		return analysis;
	}

}
