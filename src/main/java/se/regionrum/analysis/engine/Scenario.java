package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * A what-if: existing service points closed and new ones opened, of any types at once.
 * <p>
 * Ids in a scenario's results: an existing point keeps its index in the base {@link ServicePoints};
 * opened point {@code i} gets {@code basePointCount + i}. Both the engine and a fresh analysis of
 * {@link #applyTo} break ties by point index, and {@code applyTo} keeps that order (surviving
 * points in their old order, opened ones after them), so the two agree on every tie.
 *
 * @param closedPoints indices of base points to close; repeats and points off the network are harmless
 * @param openedTypes type of each opened point
 * @param openedX place of each opened point in the graph's planar coordinates
 * @param openedY see {@code openedX}
 */
public record Scenario(int[] closedPoints, int[] openedTypes, double[] openedX, double[] openedY) {

	public Scenario {
		if (openedTypes.length != openedX.length || openedX.length != openedY.length) {
			throw new IllegalArgumentException("opened point arrays differ in length");
		}
		for (int p : closedPoints) {
			if (p < 0) {
				throw new IllegalArgumentException("closed point " + p + " is negative");
			}
		}
		for (int i = 0; i < openedTypes.length; i++) {
			if (openedTypes[i] < 0) {
				throw new IllegalArgumentException("opened point " + i + " has a negative type");
			}
			if (!Double.isFinite(openedX[i]) || !Double.isFinite(openedY[i])) {
				throw new IllegalArgumentException("opened point " + i + " has no finite place");
			}
		}
		closedPoints = closedPoints.clone();
		openedTypes = openedTypes.clone();
		openedX = openedX.clone();
		openedY = openedY.clone();
	}

	public static Builder builder() {
		return new Builder();
	}

	public int openedCount() {
		return openedTypes.length;
	}

	/** The id opened point {@code opened} has in results over a base of {@code basePointCount} points. */
	public static int openedId(int basePointCount, int opened) {
		return basePointCount + opened;
	}

	/** Checks the scenario against the base it is meant for. */
	void checkAgainst(ServicePoints base) {
		for (int p : closedPoints) {
			if (p >= base.count()) {
				throw new IllegalArgumentException("closed point " + p + " is not among the " + base.count() + " points");
			}
		}
		for (int i = 0; i < openedTypes.length; i++) {
			if (openedTypes[i] >= base.typeCount()) {
				throw new IllegalArgumentException("opened point " + i + " has type " + openedTypes[i]
						+ " outside 0.." + (base.typeCount() - 1));
			}
		}
	}

	/** Per base point, whether the scenario closes it. */
	boolean[] closedMask(int basePointCount) {
		boolean[] closed = new boolean[basePointCount];
		for (int p : closedPoints) {
			closed[p] = true;
		}
		return closed;
	}

	/**
	 * The point set after the scenario, for a fresh analysis: the base points not closed, in their
	 * order, then the opened ones. {@link #scenarioIds} maps its indices to the scenario's ids.
	 */
	public ServicePoints applyTo(ServicePoints base) {
		checkAgainst(base);
		ServicePoints kept = base.without(closedMask(base.count()));
		int n = kept.count() + openedTypes.length;
		int[] type = Arrays.copyOf(kept.type(), n);
		double[] x = Arrays.copyOf(kept.x(), n);
		double[] y = Arrays.copyOf(kept.y(), n);
		System.arraycopy(openedTypes, 0, type, kept.count(), openedTypes.length);
		System.arraycopy(openedX, 0, x, kept.count(), openedTypes.length);
		System.arraycopy(openedY, 0, y, kept.count(), openedTypes.length);
		return new ServicePoints(base.typeCount(), type, x, y);
	}

	/** For each point of {@link #applyTo}{@code (base)}, its id in the scenario's results (ascending). */
	public int[] scenarioIds(ServicePoints base) {
		boolean[] closed = closedMask(base.count());
		int n = 0;
		for (boolean c : closed) {
			n += c ? 0 : 1;
		}
		int[] ids = new int[n + openedTypes.length];
		n = 0;
		for (int p = 0; p < closed.length; p++) {
			if (!closed[p]) {
				ids[n++] = p;
			}
		}
		for (int i = 0; i < openedTypes.length; i++) {
			ids[n++] = openedId(base.count(), i);
		}
		return ids;
	}

	/** Collects closures and openings one by one. */
	public static final class Builder {

		private int[] closed = new int[4];
		private int closedCount;
		private int[] types = new int[4];
		private double[] x = new double[4];
		private double[] y = new double[4];
		private int openedCount;

		public Builder close(int point) {
			if (closedCount == closed.length) {
				closed = Arrays.copyOf(closed, closedCount * 2);
			}
			closed[closedCount++] = point;
			return this;
		}

		public Builder open(int type, double px, double py) {
			if (openedCount == types.length) {
				types = Arrays.copyOf(types, openedCount * 2);
				x = Arrays.copyOf(x, openedCount * 2);
				y = Arrays.copyOf(y, openedCount * 2);
			}
			types[openedCount] = type;
			x[openedCount] = px;
			y[openedCount] = py;
			openedCount++;
			return this;
		}

		public Scenario build() {
			return new Scenario(Arrays.copyOf(closed, closedCount), Arrays.copyOf(types, openedCount),
					Arrays.copyOf(x, openedCount), Arrays.copyOf(y, openedCount));
		}
	}
}
