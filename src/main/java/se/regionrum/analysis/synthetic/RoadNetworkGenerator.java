package se.regionrum.analysis.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.RoadGraphBuilder;
import se.regionrum.analysis.synthetic.SyntheticRegion.Extent;
import se.regionrum.analysis.synthetic.SyntheticRegion.Town;

/**
 * The road network of a {@link SyntheticRegion}: a jittered lattice whose lines form the road
 * hierarchy, street grids in the towns, and fast roads between the largest towns.
 */
final class RoadNetworkGenerator {

	private static final byte RIGHT = 1;
	private static final byte UP = 2;
	private static final byte USED = 4;
	private static final double TRUNK_KMH = 90;
	private static final double SECONDARY_KMH = 70;
	private static final double RURAL_KMH = 50;
	private static final double VILLAGE_KMH = 40;
	private static final double STREET_KMH = 30;
	private static final double FAST_ROAD_KMH = 110;
	private static final double CURVATURE = 1.15;
	private static final double INFLUENCE_RASTER = 5000;

	private final Random random;
	private final Extent extent;
	private final List<Town> towns;
	private final double spacing;
	private final int columns;
	private final int rows;
	private final byte[] lattice;
	private final float[] influence;
	private final int influenceColumns;
	private final int influenceRows;
	private final long jitterSeed;

	/**
	 * @param usedShare the share of lattice points expected to end up on the kept network, which sets
	 *        the lattice spacing for the target node count
	 */
	RoadNetworkGenerator(Random random, Extent extent, List<Town> towns, int targetNodes, double usedShare) {
		this.random = random;
		this.extent = extent;
		this.towns = towns;
		this.spacing = Math.sqrt(extent.width() * extent.height() * usedShare / targetNodes);
		this.columns = (int) (extent.width() / spacing) + 1;
		this.rows = (int) (extent.height() / spacing) + 1;
		this.lattice = new byte[columns * rows];
		this.influenceColumns = (int) (extent.width() / INFLUENCE_RASTER) + 2;
		this.influenceRows = (int) (extent.height() / INFLUENCE_RASTER) + 2;
		this.influence = townInfluence();
		this.jitterSeed = random.nextLong();
	}

	RoadGraph generate() {
		decideLatticeRoads();
		List<double[]> streetNodes = new ArrayList<>();
		List<int[]> streetLinks = new ArrayList<>();
		for (Town town : towns) {
			streetGrid(town, streetNodes, streetLinks);
		}
		RoadGraphBuilder builder = new RoadGraphBuilder();
		int[] latticeNode = new int[columns * rows];
		for (int i = 0; i < latticeNode.length; i++) {
			latticeNode[i] = (lattice[i] & USED) != 0 ? builder.addNode(latticeX(i), latticeY(i)) : -1;
		}
		addLatticeEdges(builder, latticeNode);
		addStreets(builder, latticeNode, streetNodes, streetLinks);
		addFastRoads(builder, latticeNode);
		return builder.build();
	}

	private void decideLatticeRoads() {
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				int i = r * columns + c;
				double p = 0.12 + 0.8 * influenceAt(latticeX(i), latticeY(i));
				if (c + 1 < columns && (r % 4 == 0 || random.nextDouble() < p)) {
					lattice[i] |= RIGHT | USED;
					lattice[i + 1] |= USED;
				}
				if (r + 1 < rows && (c % 4 == 0 || random.nextDouble() < p)) {
					lattice[i] |= UP | USED;
					lattice[i + columns] |= USED;
				}
			}
		}
	}

	private void addLatticeEdges(RoadGraphBuilder builder, int[] latticeNode) {
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				int i = r * columns + c;
				if ((lattice[i] & RIGHT) != 0) {
					road(builder, latticeNode[i], latticeNode[i + 1], speed(i, r % 8 == 0, r % 4 == 0));
				}
				if ((lattice[i] & UP) != 0) {
					road(builder, latticeNode[i], latticeNode[i + columns], speed(i, c % 8 == 0, c % 4 == 0));
				}
			}
		}
	}

	private double speed(int latticeIndex, boolean trunk, boolean secondary) {
		if (trunk) {
			return TRUNK_KMH;
		}
		if (secondary) {
			return SECONDARY_KMH;
		}
		return influenceAt(latticeX(latticeIndex), latticeY(latticeIndex)) > 0.5 ? VILLAGE_KMH : RURAL_KMH;
	}

	/** A street grid of 120 m blocks inside the town's radius; its edge streets join the lattice. */
	private void streetGrid(Town town, List<double[]> nodes, List<int[]> links) {
		double radius = SyntheticRegion.townRadius(town);
		double block = 120;
		int half = (int) (radius / block);
		int first = nodes.size();
		int side = 2 * half + 1;
		int[] index = new int[side * side];
		for (int gy = 0; gy < side; gy++) {
			for (int gx = 0; gx < side; gx++) {
				double dx = (gx - half) * block;
				double dy = (gy - half) * block;
				double x = town.x() + dx;
				double y = town.y() + dy;
				boolean inside = Math.hypot(dx, dy) <= radius && x > extent.minX() && y > extent.minY()
						&& x < extent.maxX() && y < extent.maxY();
				index[gy * side + gx] = inside ? nodes.size() : -1;
				if (inside) {
					nodes.add(new double[] { x, y });
				}
			}
		}
		for (int gy = 0; gy < side; gy++) {
			for (int gx = 0; gx < side; gx++) {
				int a = index[gy * side + gx];
				if (a < 0) {
					continue;
				}
				int right = gx + 1 < side ? index[gy * side + gx + 1] : -1;
				int up = gy + 1 < side ? index[(gy + 1) * side + gx] : -1;
				for (int b : new int[] { right, up }) {
					if (b >= 0) {
						// 0 both ways, 1 one-way a->b, 2 one-way b->a
						int oneWay = random.nextDouble() < 0.1 ? 1 + random.nextInt(2) : 0;
						links.add(new int[] { a, b, oneWay });
					}
				}
				if (right < 0 || up < 0 || gx == 0 || gy == 0) {
					// a street leaving the town: join the nearest lattice point
					int li = nearestLattice(nodes.get(a)[0], nodes.get(a)[1]);
					lattice[li] |= USED;
					links.add(new int[] { a, -1 - li, 0 });
				}
			}
		}
		if (nodes.size() == first) {
			int li = nearestLattice(town.x(), town.y());
			lattice[li] |= USED;
		}
	}

	private void addStreets(RoadGraphBuilder builder, int[] latticeNode, List<double[]> nodes, List<int[]> links) {
		int[] node = new int[nodes.size()];
		for (int i = 0; i < node.length; i++) {
			node[i] = builder.addNode(nodes.get(i)[0], nodes.get(i)[1]);
		}
		for (int[] link : links) {
			int a = node[link[0]];
			int b = link[1] >= 0 ? node[link[1]] : latticeNode[-1 - link[1]];
			double meters = CURVATURE * distance(builder, a, b);
			double seconds = meters / (STREET_KMH / 3.6);
			switch (link[2]) {
			case 1 -> builder.addEdge(a, b, seconds, meters);
			case 2 -> builder.addEdge(b, a, seconds, meters);
			default -> builder.addRoad(a, b, seconds, meters);
			}
		}
	}

	/** Fast roads from each of the largest towns to its two nearest large towns, joining the lattice every 10 km. */
	private void addFastRoads(RoadGraphBuilder builder, int[] latticeNode) {
		List<Town> large = new ArrayList<>(towns);
		large.sort((a, b) -> Integer.compare(b.population(), a.population()));
		large = large.subList(0, Math.min(large.size(), Math.max(2, towns.size() / 10)));
		java.util.Set<String> built = new java.util.HashSet<>();
		for (Town from : large) {
			List<Town> others = new ArrayList<>(large);
			others.remove(from);
			others.sort((a, b) -> Double.compare(Math.hypot(a.x() - from.x(), a.y() - from.y()),
					Math.hypot(b.x() - from.x(), b.y() - from.y())));
			for (Town to : others.subList(0, Math.min(2, others.size()))) {
				String pair = from.name().compareTo(to.name()) < 0 ? from.name() + "|" + to.name()
						: to.name() + "|" + from.name();
				if (built.add(pair)) {
					fastRoad(builder, latticeNode, from, to);
				}
			}
		}
	}

	private void fastRoad(RoadGraphBuilder builder, int[] latticeNode, Town from, Town to) {
		double length = Math.hypot(to.x() - from.x(), to.y() - from.y());
		int steps = Math.max(1, (int) (length / 1000));
		int previous = latticeNode[nearestUsedLattice(from.x(), from.y())];
		for (int s = 1; s <= steps; s++) {
			double x = from.x() + (to.x() - from.x()) * s / steps;
			double y = from.y() + (to.y() - from.y()) * s / steps;
			int node = s == steps ? latticeNode[nearestUsedLattice(to.x(), to.y())] : builder.addNode(x, y);
			double meters = CURVATURE * distance(builder, previous, node);
			builder.addRoad(previous, node, meters / (FAST_ROAD_KMH / 3.6), meters);
			if (s % 10 == 0 && s != steps) {
				int exit = latticeNode[nearestUsedLattice(x, y)];
				double m = CURVATURE * distance(builder, node, exit) + 300;
				builder.addRoad(node, exit, m / (SECONDARY_KMH / 3.6), m);
			}
			previous = node;
		}
	}

	private int nearestUsedLattice(double x, double y) {
		int li = nearestLattice(x, y);
		if ((lattice[li] & USED) != 0) {
			return li;
		}
		// every fourth line is a road, so a used point lies within a few steps
		int c0 = li % columns;
		int r0 = li / columns;
		for (int ring = 1; ring < 8; ring++) {
			for (int r = Math.max(0, r0 - ring); r <= Math.min(rows - 1, r0 + ring); r++) {
				for (int c = Math.max(0, c0 - ring); c <= Math.min(columns - 1, c0 + ring); c++) {
					if ((lattice[r * columns + c] & USED) != 0) {
						return r * columns + c;
					}
				}
			}
		}
		throw new IllegalStateException("no road near " + x + ", " + y);
	}

	private int nearestLattice(double x, double y) {
		int c = (int) Math.round((x - extent.minX()) / spacing);
		int r = (int) Math.round((y - extent.minY()) / spacing);
		c = Math.max(0, Math.min(columns - 1, c));
		r = Math.max(0, Math.min(rows - 1, r));
		return r * columns + c;
	}

	private static double distance(RoadGraphBuilder builder, int a, int b) {
		return Math.hypot(builder.x(a) - builder.x(b), builder.y(a) - builder.y(b));
	}

	private static void road(RoadGraphBuilder builder, int a, int b, double kmh) {
		double meters = CURVATURE * distance(builder, a, b);
		builder.addRoad(a, b, meters / (kmh / 3.6), meters);
	}

	double latticeX(int i) {
		return extent.minX() + (i % columns) * spacing + jitter(i, 0);
	}

	double latticeY(int i) {
		return extent.minY() + (i / columns) * spacing + jitter(i, 1);
	}

	/** Up to a third of the spacing, the same for a point every time it is asked for. */
	private double jitter(int i, int axis) {
		long h = (i * 0x9E3779B97F4A7C15L) ^ (jitterSeed + axis * 0xBF58476D1CE4E5B9L);
		h ^= h >>> 31;
		h *= 0x94D049BB133111EBL;
		h ^= h >>> 29;
		return ((h >>> 11) * 0x1.0p-53 - 0.5) * spacing * 0.66;
	}

	/** How town-like each 5 km square is: 1 at a town's centre, falling with distance and growing with its size. */
	private float[] townInfluence() {
		float[] raster = new float[influenceColumns * influenceRows];
		for (int r = 0; r < influenceRows; r++) {
			for (int c = 0; c < influenceColumns; c++) {
				double x = extent.minX() + c * INFLUENCE_RASTER;
				double y = extent.minY() + r * INFLUENCE_RASTER;
				double best = 0;
				for (Town town : towns) {
					double reach = SyntheticRegion.townRadius(town) * 3 + 2000;
					double d = Math.hypot(town.x() - x, town.y() - y);
					best = Math.max(best, Math.exp(-d / reach));
				}
				raster[r * influenceColumns + c] = (float) best;
			}
		}
		return raster;
	}

	private double influenceAt(double x, double y) {
		int c = (int) Math.round((x - extent.minX()) / INFLUENCE_RASTER);
		int r = (int) Math.round((y - extent.minY()) / INFLUENCE_RASTER);
		c = Math.max(0, Math.min(influenceColumns - 1, c));
		r = Math.max(0, Math.min(influenceRows - 1, r));
		return influence[r * influenceColumns + c];
	}
}
