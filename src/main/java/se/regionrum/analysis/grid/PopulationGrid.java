package se.regionrum.analysis.grid;

import java.util.List;

import se.regionrum.analysis.engine.Cells;

/**
 * Populated cells of a grid in SWEREF 99 TM metres, as read from a file. Arrays are indexed by
 * cell; the lower-left corner is the centre less half the cell size.
 *
 * @param id the file's cell id (SCB's 13-digit id where the file has one), or the row number
 * @param x cell centre, east
 * @param y cell centre, north
 * @param cellSize side in metres (SCB mixes 250 m and 1 km cells in one product)
 * @param ageGroups names of the age-group columns, empty when the file has none
 * @param ageGroupPopulation {@code [group][cell]}
 * @param municipality four-digit municipality code per cell, or null where the file has no such column
 */
public record PopulationGrid(String[] id, double[] x, double[] y, int[] cellSize, int[] population,
		List<String> ageGroups, int[][] ageGroupPopulation, String[] municipality) {

	public int count() {
		return x.length;
	}

	public double cornerX(int cell) {
		return x[cell] - cellSize[cell] / 2.0;
	}

	public double cornerY(int cell) {
		return y[cell] - cellSize[cell] / 2.0;
	}

	public long totalPopulation() {
		long total = 0;
		for (int p : population) {
			total += p;
		}
		return total;
	}

	/** The cells as the engine takes them: centres, population and age groups. */
	public Cells toCells() {
		return new Cells(x, y, population, ageGroups, ageGroupPopulation);
	}
}
