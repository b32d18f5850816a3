package se.regionrum.analysis.engine;

/**
 * Service points as the engine sees them: a type index ({@code 0 .. typeCount-1}) and a place in the
 * graph's planar coordinates. A point's index in these arrays is its id in every result.
 */
public record ServicePoints(int typeCount, int[] type, double[] x, double[] y) {

	public ServicePoints {
		if (type.length != x.length || x.length != y.length) {
			throw new IllegalArgumentException("service point arrays differ in length");
		}
		for (int i = 0; i < type.length; i++) {
			if (type[i] < 0 || type[i] >= typeCount) {
				throw new IllegalArgumentException("service point " + i + " has type " + type[i] + " outside 0.." + (typeCount - 1));
			}
		}
	}

	public int count() {
		return type.length;
	}

	/** The indices of the points of one type, in ascending order. */
	public int[] ofType(int t) {
		int n = 0;
		for (int value : type) {
			if (value == t) {
				n++;
			}
		}
		int[] result = new int[n];
		n = 0;
		for (int i = 0; i < type.length; i++) {
			if (type[i] == t) {
				result[n++] = i;
			}
		}
		return result;
	}

	/** The same points without the given ones (for what-if scenarios and the reference check). */
	public ServicePoints without(boolean[] closed) {
		int n = 0;
		for (int i = 0; i < type.length; i++) {
			if (!closed[i]) {
				n++;
			}
		}
		int[] t = new int[n];
		double[] px = new double[n];
		double[] py = new double[n];
		n = 0;
		for (int i = 0; i < type.length; i++) {
			if (!closed[i]) {
				t[n] = type[i];
				px[n] = x[i];
				py[n] = y[i];
				n++;
			}
		}
		return new ServicePoints(typeCount, t, px, py);
	}
}
