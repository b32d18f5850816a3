package se.regionrum.analysis.run;

import java.util.List;

import org.springframework.stereotype.Component;

import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.DataSets.NetworkInfo;
import se.regionrum.analysis.dataset.DataSets.ServicePoint;
import se.regionrum.analysis.dataset.DataSetQueries;
import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.NodeLocator;

/**
 * Measures a run's {@link Coverage} before it starts, by the rule the engine attaches places with:
 * the nearest routable node within the snap distance. The network's engine comes from the cache
 * the run will use, so checking first costs the run nothing but a pass over cells and points.
 */
@Component
class CoverageCheck {

	private final DataSetQueries data;

	private final EngineCache engines;

	CoverageCheck(DataSetQueries data, EngineCache engines) {
		this.data = data;
		this.engines = engines;
	}

	Coverage of(Grid grid, long pointSetId, NetworkInfo network, RunSettings settings, List<String> types) {
		NodeLocator locator = engines.engine(network.id(), network.checksum()).locator();
		Cells cells = grid.cells();
		int cellsBeyond = 0;
		long populationBeyond = 0;
		for (int c = 0; c < cells.count(); c++) {
			if (locator.nearest(cells.x()[c], cells.y()[c], settings.cellSnapMeters()) < 0) {
				cellsBeyond++;
				populationBeyond += cells.population()[c];
			}
		}
		List<ServicePoint> points = data.points(pointSetId).stream().filter(p -> types.contains(p.type())).toList();
		int pointsBeyond = 0;
		for (ServicePoint p : points) {
			if (locator.nearest(p.x(), p.y(), settings.pointSnapMeters()) < 0) {
				pointsBeyond++;
			}
		}
		return new Coverage(cells.count(), cellsBeyond, cells.totalPopulation(), populationBeyond, points.size(),
				pointsBeyond, settings.cellSnapMeters(), settings.pointSnapMeters());
	}

}
