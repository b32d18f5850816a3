package se.regionrum.analysis.run;

import java.util.List;

import org.springframework.stereotype.Component;

import se.regionrum.analysis.dataset.DataSetQueries;
import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.DataSets.NetworkInfo;
import se.regionrum.analysis.dataset.DataSets.PointSetInfo;
import se.regionrum.analysis.dataset.MunicipalityLocator;
import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.ServicePoints;

/**
 * What a run reads, loaded as its executor does: the grid, the points (without those a scenario
 * closes, with those it adds) and the network's cached engine; a data set whose checksum changed
 * since the run was stored is refused. Shared with the analyses that build on a finished run.
 */
@Component
public class RunInputs {

	private final DataSetQueries data;

	private final EngineCache engines;

	private final MunicipalityLocator municipalities;

	RunInputs(DataSetQueries data, EngineCache engines, MunicipalityLocator municipalities) {
		this.data = data;
		this.engines = engines;
		this.municipalities = municipalities;
	}

	/** The run's inputs: its grid, its points in engine order, and the engine of its network. */
	public record Loaded(Grid grid, List<RunPoint> points, AccessibilityEngine engine) {

		/** The points as the engine takes them, types indexed by the given list. */
		public ServicePoints servicePoints(List<String> types) {
			return RunPoint.engineInput(points, types);
		}

	}

	/**
	 * Loads the run's inputs, telling {@code pointsRead} before the (possibly slow) network is unpacked.
	 *
	 * @throws RunFailure when a data set is gone or changed
	 */
	public Loaded load(AnalysisRun run, Runnable pointsRead) {
		Grid grid = data.grid(run.gridId())
			.orElseThrow(() -> new RunFailure("analysis.run.failed.dataMissing", "grid " + run.gridId()));
		PointSetInfo pointSet = data.pointSet(run.pointSetId())
			.orElseThrow(() -> new RunFailure("analysis.run.failed.dataMissing", "point set " + run.pointSetId()));
		NetworkInfo network = data.network(run.networkId())
			.orElseThrow(() -> new RunFailure("analysis.run.failed.dataMissing", "network " + run.networkId()));
		if (!grid.info().checksum().equals(run.gridChecksum()) || !pointSet.checksum().equals(run.pointSetChecksum())
				|| !network.checksum().equals(run.networkChecksum())) {
			throw new RunFailure("analysis.run.failed.dataChanged", "a data set's checksum differs from the run's");
		}
		List<RunPoint> points = RunPoint.of(data.points(run.pointSetId()), run, municipalities);
		pointsRead.run();
		return new Loaded(grid, points, engines.engine(network.id(), network.checksum()));
	}

}
