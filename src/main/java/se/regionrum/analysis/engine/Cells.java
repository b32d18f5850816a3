package se.regionrum.analysis.engine;

import java.util.List;

/**
 * Populated cells of a population grid, as the engine sees them: each cell's centre in the graph's
 * planar coordinates, its population, and optionally its population per age group.
 *
 * @param ageGroups names of the age groups, empty when the grid has none
 * @param ageGroupPopulation {@code [group][cell]}
 */
public record Cells(double[] x, double[] y, int[] population, List<String> ageGroups, int[][] ageGroupPopulation) {

	public Cells {
		if (x.length != y.length || x.length != population.length) {
			throw new IllegalArgumentException("cell arrays differ in length");
		}
		if (ageGroupPopulation.length != ageGroups.size()) {
			throw new IllegalArgumentException("age group names and columns differ");
		}
		for (int[] group : ageGroupPopulation) {
			if (group.length != x.length) {
				throw new IllegalArgumentException("an age group column differs in length from the cells");
			}
		}
	}

	public static Cells of(double[] x, double[] y, int[] population) {
		return new Cells(x, y, population, List.of(), new int[0][]);
	}

	public int count() {
		return x.length;
	}

	public long totalPopulation() {
		long total = 0;
		for (int p : population) {
			total += p;
		}
		return total;
	}
}
