package se.regionrum.analysis.location;

import java.util.Arrays;
import java.util.Set;

import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.run.RunFailure;

/**
 * The road nodes of settlements as candidate sites: junctions of the road graph (nodes joined to at
 * least {@link #MIN_NEIGHBOURS} other nodes, by an edge in either direction, so a two-way road counts
 * once) that lie in a cell of the grid with at least a minimum population. A junction is where a new
 * service point would sit in a village or a town: on the roads people use, not in a field at a
 * cell's centre.
 * <p>
 * Beyond {@link #MAX_CANDIDATES} junctions, each cell keeps only the junction nearest its centre, so
 * a dense town does not crowd out the countryside; if the cells alone are still too many, the
 * analysis fails with a message that asks for a higher minimum or fewer municipalities.
 */
final class RoadJunctions {

	static final int MIN_NEIGHBOURS = 3;

	/** Gains are searched per candidate: more would make the analysis take hours on a county. */
	static final int MAX_CANDIDATES = 100_000;

	/** The default minimum population of a cell: a few households, not a lone farm. */
	static final int DEFAULT_MIN_POPULATION = 5;

	/** The highest minimum the form accepts: well above the densest 250 m cell. */
	static final int MAX_MIN_POPULATION = 100_000;

	/** The chosen junctions (ascending) and, for each, the grid cell it lies in. */
	record Found(int[] nodes, int[] cells) {
	}

	private RoadJunctions() {
	}

	/**
	 * The junctions in cells of at least {@code minPopulation} people, only in the allowed
	 * municipalities unless that set is empty.
	 *
	 * @throws RunFailure when even one junction per cell gives more than {@link #MAX_CANDIDATES}
	 */
	static Found inPopulatedCells(RoadGraph graph, Grid grid, int minPopulation, Set<Long> allowed) {
		return inPopulatedCells(graph, grid, minPopulation, allowed, MAX_CANDIDATES);
	}

	/** The same with another cap, for tests. */
	static Found inPopulatedCells(RoadGraph graph, Grid grid, int minPopulation, Set<Long> allowed, int cap) {
		int[] neighbours = neighbourCounts(graph);
		CellIndex index = new CellIndex(grid);
		int[] nodes = new int[graph.nodeCount()];
		int[] cells = new int[graph.nodeCount()];
		int n = 0;
		for (int v = 0; v < graph.nodeCount(); v++) {
			if (neighbours[v] < MIN_NEIGHBOURS) {
				continue;
			}
			int c = index.cellAt(graph.x(v), graph.y(v));
			if (c >= 0 && grid.population()[c] >= minPopulation
					&& (allowed.isEmpty() || allowed.contains((long) grid.municipality()[c]))) {
				nodes[n] = v;
				cells[n++] = c;
			}
		}
		Found found = new Found(Arrays.copyOf(nodes, n), Arrays.copyOf(cells, n));
		if (n <= cap) {
			return found;
		}
		Found thinned = nearestCentres(graph, grid, found);
		if (thinned.nodes().length > cap) {
			throw new RunFailure("analysis.location.failed.tooManyJunctions",
					thinned.nodes().length + " populated cells with junctions, at most " + cap);
		}
		return thinned;
	}

	/** Per node, the number of distinct other nodes an edge joins it to, either way. */
	static int[] neighbourCounts(RoadGraph graph) {
		long[] pairs = new long[graph.edgeCount()];
		int[] count = new int[1];
		graph.forEachEdge((from, to, time, meters) -> {
			if (from != to) {
				pairs[count[0]++] = ((long) Math.min(from, to) << 32) | Math.max(from, to);
			}
		});
		long[] sorted = Arrays.copyOf(pairs, count[0]);
		Arrays.sort(sorted);
		int[] neighbours = new int[graph.nodeCount()];
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				neighbours[(int) (sorted[i] >>> 32)]++;
				neighbours[(int) sorted[i]]++;
			}
		}
		return neighbours;
	}

	/** One junction per cell, the one nearest its centre (the lower node on a tie), in node order. */
	private static Found nearestCentres(RoadGraph graph, Grid grid, Found found) {
		double half = grid.info().cellSize() / 2.0;
		int[] best = new int[grid.population().length];
		Arrays.fill(best, -1);
		double[] bestDistance = new double[best.length];
		for (int i = 0; i < found.nodes().length; i++) {
			int v = found.nodes()[i];
			int c = found.cells()[i];
			double d = Math.hypot(graph.x(v) - (grid.x()[c] + half), graph.y(v) - (grid.y()[c] + half));
			if (best[c] < 0 || d < bestDistance[c]) {
				best[c] = i;
				bestDistance[c] = d;
			}
		}
		int[] kept = Arrays.stream(best).filter(i -> i >= 0).sorted().toArray();
		int[] nodes = new int[kept.length];
		int[] cells = new int[kept.length];
		for (int i = 0; i < kept.length; i++) {
			nodes[i] = found.nodes()[kept[i]];
			cells[i] = found.cells()[kept[i]];
		}
		return new Found(nodes, cells);
	}

	/** The grid's cells by column and row, for finding the cell a place lies in by binary search. */
	private static final class CellIndex {

		private final int size;

		/** A corner of the grid: cells need not lie on multiples of their size from the origin. */
		private final int originX;

		private final int originY;

		private final long[] keys;

		private final int[] cellOfKey;

		CellIndex(Grid grid) {
			this.size = grid.info().cellSize();
			int n = grid.x().length;
			this.originX = n == 0 ? 0 : grid.x()[0];
			this.originY = n == 0 ? 0 : grid.y()[0];
			long[] keyed = new long[n];
			for (int c = 0; c < n; c++) {
				keyed[c] = key(Math.floorDiv(grid.x()[c] - originX, size), Math.floorDiv(grid.y()[c] - originY, size));
			}
			int[] order = java.util.stream.IntStream.range(0, n).boxed()
				.sorted((a, b) -> Long.compare(keyed[a], keyed[b]))
				.mapToInt(Integer::intValue)
				.toArray();
			keys = new long[n];
			cellOfKey = new int[n];
			for (int i = 0; i < n; i++) {
				keys[i] = keyed[order[i]];
				cellOfKey[i] = order[i];
			}
		}

		private static long key(long column, long row) {
			return (column << 32) | (row & 0xffffffffL);
		}

		/** The cell the place lies in, -1 if the grid has none there. */
		int cellAt(double x, double y) {
			int at = Arrays.binarySearch(keys, key((long) Math.floor((x - originX) / size), (long) Math.floor((y - originY) / size)));
			return at < 0 ? -1 : cellOfKey[at];
		}

	}

}
