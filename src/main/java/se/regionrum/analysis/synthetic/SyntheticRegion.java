package se.regionrum.analysis.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.ServicePoints;

/**
 * Generates synthetic but road-like inputs for demos and benchmarks: a road hierarchy on a jittered
 * lattice (trunk roads every eighth line, secondary roads every fourth, local roads whose density
 * falls with distance from the towns), dense street grids with some one-way streets in the towns,
 * fast roads between the largest towns with interchanges, 250 m population cells clustered around
 * the towns with a sparse countryside, and service points placed where people live. Deterministic
 * for a seed. Coordinates are SWEREF 99 TM metres.
 */
public final class SyntheticRegion {

	/** A place around which people, streets and services gather. */
	public record Town(String name, double x, double y, int population) {
	}

	public record Extent(double minX, double minY, double maxX, double maxY) {

		/** The county of Dalarna, roughly. */
		public static final Extent DALARNA = new Extent(360_000, 6_640_000, 620_000, 6_920_000);

		/** Sweden, roughly. */
		public static final Extent SWEDEN = new Extent(270_000, 6_140_000, 920_000, 7_650_000);

		double width() {
			return maxX - minX;
		}

		double height() {
			return maxY - minY;
		}
	}

	/** Sizes to aim for; the generated counts come close, not exact. */
	public record Scale(int roadNodes, int populatedCells, int servicePoints, int types) {
		public static final Scale REGION = new Scale(300_000, 30_000, 500, 8);
		public static final Scale NATIONAL = new Scale(5_000_000, 600_000, 10_000, 8);
	}

	/** Share of service points per type, in the order of the eight standard types. */
	private static final double[] TYPE_SHARE = { 0.24, 0.18, 0.16, 0.08, 0.16, 0.08, 0.06, 0.04 };
	private static final int CELL_SIZE = 250;
	private static final double TOWN_SHARE_OF_PEOPLE = 0.7;
	/** Sweden's people over its populated 250 m squares, roughly; sizes the population of random towns. */
	private static final int PEOPLE_PER_CELL = 17;

	private SyntheticRegion() {
	}

	/** Where people may live, such as the region's boundary; the roads may run beyond it. */
	@FunctionalInterface
	public interface Area {
		boolean contains(double x, double y);

		Area EVERYWHERE = (x, y) -> true;
	}

	public static SyntheticData generate(Scale scale, Extent extent, List<Town> towns, long seed) {
		return generate(scale, extent, towns, seed, Area.EVERYWHERE);
	}

	public static SyntheticData generate(Scale scale, Extent extent, List<Town> towns, long seed, Area populated) {
		Random random = new Random(seed);
		List<Town> places = towns.isEmpty() ? randomTowns(random, extent, scale) : towns;
		RoadGraph graph = roadNetwork(seed, extent, places, scale.roadNodes());
		CellSample cells = sampleCells(random, extent, places, scale.populatedCells(), populated);
		long people = towns.isEmpty() ? (long) scale.populatedCells() * PEOPLE_PER_CELL
				: places.stream().mapToLong(Town::population).sum();
		cells.scaleTo(random, people);
		ServicePointSample points = samplePoints(random, places, cells, scale);
		return new SyntheticData(graph, cells.toCells(), cells.lowerLeftX, cells.lowerLeftY, CELL_SIZE,
				new ServicePoints(scale.types(), points.type, points.x, points.y), points.names);
	}

	/**
	 * How many lattice points end up on the kept network depends on the towns and the extent, so a
	 * first network calibrates the spacing and, if it missed the target by more than 5 %, a second
	 * one is generated with the corrected spacing.
	 */
	private static RoadGraph roadNetwork(long seed, Extent extent, List<Town> towns, int targetNodes) {
		double usedShare = 0.7;
		RoadGraph graph = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			graph = new RoadNetworkGenerator(new Random(seed * 31 + 7), extent, towns, targetNodes, usedShare).generate();
			double ratio = (double) graph.nodeCount() / targetNodes;
			if (Math.abs(ratio - 1) < 0.05) {
				break;
			}
			usedShare *= ratio;
		}
		return graph;
	}

	/** Towns with sizes following Zipf's law, for extents without a list of real places. */
	static List<Town> randomTowns(Random random, Extent extent, Scale scale) {
		int count = Math.max(10, scale.populatedCells() / 2000);
		List<Town> towns = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int population = (int) (400_000 / Math.pow(i + 1, 0.9));
			double x = extent.minX() + random.nextDouble() * extent.width();
			double y = extent.minY() + Math.pow(random.nextDouble(), 1.6) * extent.height();
			towns.add(new Town("Ort " + (i + 1), x, y, population));
		}
		return towns;
	}

	private static final class CellSample {
		final int[] lowerLeftX;
		final int[] lowerLeftY;
		final int[] population;
		final int[] town;
		final int[][] ages;

		CellSample(int n) {
			lowerLeftX = new int[n];
			lowerLeftY = new int[n];
			population = new int[n];
			town = new int[n];
			ages = new int[4][n];
		}

		/** Rescales the populations so that they add up to about {@code total}, each cell keeping one person at least. */
		void scaleTo(Random random, long total) {
			long sum = 0;
			for (int p : population) {
				sum += p;
			}
			double factor = (double) total / sum;
			for (int c = 0; c < population.length; c++) {
				int people = Math.max(1, (int) Math.round(population[c] * factor));
				population[c] = people;
				splitByAge(random, people, ages, c);
			}
		}

		Cells toCells() {
			int n = population.length;
			double[] x = new double[n];
			double[] y = new double[n];
			for (int c = 0; c < n; c++) {
				x[c] = lowerLeftX[c] + CELL_SIZE / 2.0;
				y[c] = lowerLeftY[c] + CELL_SIZE / 2.0;
			}
			return new Cells(x, y, population, List.of("0-19", "20-64", "65-79", "80+"), ages);
		}
	}

	private static CellSample sampleCells(Random random, Extent extent, List<Town> towns, int count, Area populated) {
		double[] weights = cumulativePopulation(towns);
		java.util.HashSet<Long> taken = new java.util.HashSet<>(count * 2);
		CellSample sample = new CellSample(count);
		int n = 0;
		int attempts = 0;
		while (n < count && attempts++ < count * 50) {
			boolean inTown = random.nextDouble() < TOWN_SHARE_OF_PEOPLE;
			int townIndex = pick(random, weights);
			Town town = towns.get(townIndex);
			double x;
			double y;
			if (inTown) {
				double radius = townRadius(town) * 1.5;
				x = town.x() + random.nextGaussian() * radius;
				y = town.y() + random.nextGaussian() * radius;
			} else {
				x = extent.minX() + random.nextDouble() * extent.width();
				y = extent.minY() + random.nextDouble() * extent.height();
				townIndex = nearestTown(towns, x, y);
			}
			if (x < extent.minX() || y < extent.minY() || x >= extent.maxX() || y >= extent.maxY()
					|| !populated.contains(x, y)) {
				continue;
			}
			int llx = (int) Math.floor(x / CELL_SIZE) * CELL_SIZE;
			int lly = (int) Math.floor(y / CELL_SIZE) * CELL_SIZE;
			if (!taken.add(((long) llx << 32) | lly)) {
				continue;
			}
			sample.lowerLeftX[n] = llx;
			sample.lowerLeftY[n] = lly;
			int people = inTown ? 3 + (int) Math.round(-Math.log(1 - random.nextDouble()) * 25)
					: 1 + random.nextInt(8);
			sample.population[n] = people;
			sample.town[n] = townIndex;
			splitByAge(random, people, sample.ages, n);
			n++;
		}
		if (n < count) {
			throw new IllegalStateException("could not place " + count + " distinct cells in the extent");
		}
		return sample;
	}

	private static void splitByAge(Random random, int people, int[][] ages, int cell) {
		double[] share = { 0.21, 0.55, 0.17, 0.07 };
		int left = people;
		for (int g = 0; g < 3; g++) {
			int part = Math.min(left, (int) Math.round(people * share[g] * (0.7 + 0.6 * random.nextDouble())));
			ages[g][cell] = part;
			left -= part;
		}
		ages[3][cell] = left;
	}

	private static final class ServicePointSample {
		int[] type;
		double[] x;
		double[] y;
		String[] names;
	}

	private static ServicePointSample samplePoints(Random random, List<Town> towns, CellSample cells, Scale scale) {
		int count = scale.servicePoints();
		ServicePointSample sample = new ServicePointSample();
		sample.type = new int[count];
		sample.x = new double[count];
		sample.y = new double[count];
		sample.names = new String[count];
		// a point goes where people live: pick a cell weighted by its population
		long[] cumulative = new long[cells.population.length];
		long total = 0;
		for (int c = 0; c < cumulative.length; c++) {
			total += cells.population[c];
			cumulative[c] = total;
		}
		int[] perType = new int[scale.types()];
		for (int p = 0; p < count; p++) {
			int type = typeOf(p, count, scale.types());
			long draw = (long) (random.nextDouble() * total);
			int cell = java.util.Arrays.binarySearch(cumulative, draw + 1);
			cell = cell < 0 ? -cell - 1 : cell;
			sample.type[p] = type;
			sample.x[p] = cells.lowerLeftX[cell] + random.nextDouble() * CELL_SIZE;
			sample.y[p] = cells.lowerLeftY[cell] + random.nextDouble() * CELL_SIZE;
			sample.names[p] = towns.get(cells.town[cell]).name() + " " + (++perType[type]);
		}
		return sample;
	}

	/** Types in proportion to {@link #TYPE_SHARE} (equal shares when there are not eight types). */
	private static int typeOf(int point, int count, int types) {
		double position = (point + 0.5) / count;
		double cumulative = 0;
		for (int t = 0; t < types; t++) {
			cumulative += types == TYPE_SHARE.length ? TYPE_SHARE[t] : 1.0 / types;
			if (position < cumulative) {
				return t;
			}
		}
		return types - 1;
	}

	static double townRadius(Town town) {
		return 300 * Math.sqrt(Math.max(500, town.population()) / 1000.0);
	}

	static double[] cumulativePopulation(List<Town> towns) {
		double[] cumulative = new double[towns.size()];
		double sum = 0;
		for (int i = 0; i < towns.size(); i++) {
			sum += Math.max(1, towns.get(i).population());
			cumulative[i] = sum;
		}
		return cumulative;
	}

	static int pick(Random random, double[] cumulative) {
		double draw = random.nextDouble() * cumulative[cumulative.length - 1];
		int i = java.util.Arrays.binarySearch(cumulative, draw);
		return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
	}

	static int nearestTown(List<Town> towns, double x, double y) {
		int best = 0;
		double bestDistance = Double.MAX_VALUE;
		for (int i = 0; i < towns.size(); i++) {
			double d = Math.hypot(towns.get(i).x() - x, towns.get(i).y() - y);
			if (d < bestDistance) {
				bestDistance = d;
				best = i;
			}
		}
		return best;
	}
}
