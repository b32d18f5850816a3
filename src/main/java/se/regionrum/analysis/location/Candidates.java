package se.regionrum.analysis.location;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.MunicipalityLocator;
import se.regionrum.analysis.engine.RoadGraph;

/**
 * The candidate sites of an analysis, SWEREF 99 TM: the populated cells' centres or the road
 * junctions in populated cells (both only in the chosen municipalities, when the choice is
 * restricted, to spare the solver), or the listed ones, each with its municipality and whether it
 * may be chosen.
 *
 * @param nodes the road graph's nodes the sites lie on, for {@link CandidateKind#ROAD_JUNCTIONS}; null otherwise
 */
record Candidates(double[] x, double[] y, String[] names, long[] municipality, boolean[] mask, int[] nodes) {

	int count() {
		return x.length;
	}

	static Candidates of(LocationAnalysis analysis, Grid grid, RoadGraph graph, MunicipalityLocator municipalities) {
		Set<Long> allowed = new HashSet<>(analysis.municipalities());
		if (analysis.candidateKind() == CandidateKind.ROAD_JUNCTIONS) {
			return junctions(analysis, grid, graph, allowed);
		}
		List<double[]> places = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		if (analysis.candidateKind() == CandidateKind.CELLS) {
			double half = grid.info().cellSize() / 2.0;
			for (int c = 0; c < grid.population().length; c++) {
				if (grid.population()[c] > 0 && (allowed.isEmpty() || allowed.contains((long) grid.municipality()[c]))) {
					places.add(new double[] { grid.x()[c] + half, grid.y()[c] + half });
					names.add(null);
					ids.add((long) grid.municipality()[c]);
				}
			}
		}
		else {
			MunicipalityLocator.Index index = municipalities.index();
			for (String line : analysis.candidateInput().split("\n")) {
				String[] parts = line.split(";", 3);
				double px = Double.parseDouble(parts[0]);
				double py = Double.parseDouble(parts[1]);
				places.add(new double[] { px, py });
				names.add(parts.length > 2 && !parts[2].isBlank() ? parts[2] : null);
				ids.add(index.locate(px, py));
			}
		}
		int n = places.size();
		double[] x = new double[n];
		double[] y = new double[n];
		long[] municipality = new long[n];
		boolean[] mask = new boolean[n];
		for (int i = 0; i < n; i++) {
			x[i] = places.get(i)[0];
			y[i] = places.get(i)[1];
			municipality[i] = ids.get(i);
			mask[i] = allowed.isEmpty() || allowed.contains(municipality[i]);
		}
		return new Candidates(x, y, names.toArray(String[]::new), municipality, mask, null);
	}

	/** On the junctions themselves, at the graph's coordinates of the nodes. */
	private static Candidates junctions(LocationAnalysis analysis, Grid grid, RoadGraph graph, Set<Long> allowed) {
		RoadJunctions.Found found = RoadJunctions.inPopulatedCells(graph, grid, analysis.minPopulation(), allowed);
		int n = found.nodes().length;
		double[] x = new double[n];
		double[] y = new double[n];
		long[] municipality = new long[n];
		boolean[] mask = new boolean[n];
		for (int i = 0; i < n; i++) {
			x[i] = graph.x(found.nodes()[i]);
			y[i] = graph.y(found.nodes()[i]);
			municipality[i] = grid.municipality()[found.cells()[i]];
			mask[i] = true;
		}
		return new Candidates(x, y, new String[n], municipality, mask, found.nodes());
	}

}
