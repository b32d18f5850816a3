package se.regionrum.analysis.synthetic;

import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.ServicePoints;

/**
 * A generated, made-up but road-like set of analysis inputs. Cells are squares of
 * {@code cellSize} metres given by their lower-left corners, as SCB's grids are; point names say
 * the town they were placed in.
 */
public record SyntheticData(RoadGraph graph, Cells cells, int[] cellLowerLeftX, int[] cellLowerLeftY, int cellSize,
		ServicePoints points, String[] pointNames) {
}
