package se.regionrum.analysis.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects cells row by row and hands them over as a {@link PopulationGrid}. */
final class GridCells {

	private final List<String> ageGroups;
	private final boolean municipalities;
	private final List<String> ids = new ArrayList<>();
	private final List<String> codes = new ArrayList<>();
	private double[] x = new double[1024];
	private double[] y = new double[1024];
	private int[] size = new int[1024];
	private int[] population = new int[1024];
	private int[][] ages;
	private int count;

	GridCells(List<String> ageGroups, boolean municipalities) {
		this.ageGroups = List.copyOf(ageGroups);
		this.municipalities = municipalities;
		this.ages = new int[ageGroups.size()][1024];
	}

	void add(String id, double centreX, double centreY, int cellSize, int people, int[] agePopulation, String code) {
		if (count == x.length) {
			int n = count * 2;
			x = Arrays.copyOf(x, n);
			y = Arrays.copyOf(y, n);
			size = Arrays.copyOf(size, n);
			population = Arrays.copyOf(population, n);
			for (int g = 0; g < ages.length; g++) {
				ages[g] = Arrays.copyOf(ages[g], n);
			}
		}
		ids.add(id);
		codes.add(code);
		x[count] = centreX;
		y[count] = centreY;
		size[count] = cellSize;
		population[count] = people;
		for (int g = 0; g < ages.length; g++) {
			ages[g][count] = agePopulation[g];
		}
		count++;
	}

	PopulationGrid grid() {
		int[][] groups = new int[ages.length][];
		for (int g = 0; g < ages.length; g++) {
			groups[g] = Arrays.copyOf(ages[g], count);
		}
		return new PopulationGrid(ids.toArray(String[]::new), Arrays.copyOf(x, count), Arrays.copyOf(y, count),
				Arrays.copyOf(size, count), Arrays.copyOf(population, count), ageGroups, groups,
				municipalities ? codes.toArray(String[]::new) : null);
	}

	/** A measured cell side snapped to the sizes grids come in, since a reprojected square is a little off. */
	static int snapSize(double measured) {
		for (int standard : new int[] { 100, 200, 250, 500, 1000, 2000, 5000, 10000 }) {
			if (Math.abs(measured - standard) <= standard * 0.03) {
				return standard;
			}
		}
		return (int) Math.round(measured);
	}
}
