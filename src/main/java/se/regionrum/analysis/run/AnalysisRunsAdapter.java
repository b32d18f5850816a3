package se.regionrum.analysis.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionrum.analysis.AnalysisRuns;
import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.DataSetQueries;
import se.regionrum.analysis.dataset.ServiceType;
import se.regionrum.analysis.dataset.ServiceTypeQueries;
import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.run.RunResults.PointImpact;
import se.regionrum.analysis.run.RunResults.TypeColumns;

/** The module's root API over the stored runs: reads the same tables as the run pages and exports. */
@Component
class AnalysisRunsAdapter implements AnalysisRuns {

	private final RunQueries store;

	private final DataSetQueries data;

	private final ServiceTypeQueries types;

	AnalysisRunsAdapter(RunQueries store, DataSetQueries data, ServiceTypeQueries types) {
		this.store = store;
		this.data = data;
		this.types = types;
	}

	@Override
	public List<FinishedRun> finished() {
		return store.list(200).stream().filter(AnalysisRun::done).map(AnalysisRunsAdapter::finished).toList();
	}

	@Override
	public Optional<FinishedRun> find(long runId) {
		return store.find(runId).filter(AnalysisRun::done).map(AnalysisRunsAdapter::finished);
	}

	private static FinishedRun finished(AnalysisRun run) {
		return new FinishedRun(run.id(), run.name(), List.copyOf(run.serviceTypes()), run.finishedAt(), run.scenario());
	}

	@Override
	public Map<String, String> serviceTypeNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (ServiceType type : types.all()) {
			names.put(type.code(), type.name(locale));
		}
		return names;
	}

	@Override
	public List<RunServicePoint> servicePoints(long runId, String serviceType) {
		if (find(runId).isEmpty()) {
			return List.of();
		}
		List<RunServicePoint> points = new ArrayList<>();
		for (PointImpact p : store.impacts(runId, List.of())) {
			if (serviceType == null || serviceType.equals(p.type())) {
				double[] lonLat = CoordinateTransforms.sweref99ToWgs84(p.x(), p.y());
				points.add(new RunServicePoint(p.type(), p.name(), lonLat[0], lonLat[1], p.added()));
			}
		}
		return points;
	}

	@Override
	public List<RunCell> cells(long runId, String serviceType) {
		Optional<AnalysisRun> run = store.find(runId).filter(AnalysisRun::done);
		if (run.isEmpty() || serviceType == null) {
			return List.of();
		}
		Optional<TypeColumns> columns = store.typeColumns(runId, serviceType);
		Optional<Grid> grid = data.grid(run.get().gridId());
		if (columns.isEmpty() || grid.isEmpty()) {
			return List.of();
		}
		Grid g = grid.get();
		TypeColumns c = columns.get();
		int size = g.info().cellSize();
		List<RunCell> cells = new ArrayList<>(g.x().length);
		for (int i = 0; i < g.x().length; i++) {
			double[] sw = CoordinateTransforms.sweref99ToWgs84(g.x()[i], g.y()[i]);
			double[] ne = CoordinateTransforms.sweref99ToWgs84(g.x()[i] + size, g.y()[i] + size);
			int time = c.times()[i];
			int meters = c.meters()[i];
			cells.add(new RunCell(sw[0], sw[1], ne[0], ne[1],
					time == Accessibility.UNREACHABLE ? null : (int) Math.round(EngineTime.decisecondsToMinutes(time)),
					meters == Accessibility.UNREACHABLE ? null : meters / 1000.0, g.population()[i]));
		}
		return cells;
	}

}
