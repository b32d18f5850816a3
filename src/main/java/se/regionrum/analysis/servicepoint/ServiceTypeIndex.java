package se.regionrum.analysis.servicepoint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.regionrum.analysis.engine.ServicePoints;

/**
 * The service types of an analysis and the step from named types to the engine's type indices.
 * The defaults are the kinds of service Tillväxtverket's Pipos analyses cover.
 */
public final class ServiceTypeIndex {

	public static final List<String> DEFAULT = List.of("grocery_full", "grocery_other", "pharmacy", "fuel",
			"parcel_post", "cash", "payment");

	private ServiceTypeIndex() {
	}

	/**
	 * The given types in their order, then any other type the points have in order of first
	 * appearance; a given type without points stays in, so results name it (as unreachable).
	 */
	public static List<String> of(List<ServicePoint> points, List<String> given) {
		Set<String> types = new LinkedHashSet<>(given);
		for (ServicePoint point : points) {
			types.add(point.type());
		}
		return List.copyOf(types);
	}

	/**
	 * The points for the engine; a point's index in the list is its id in every result.
	 *
	 * @throws IllegalArgumentException when a point's type is not in {@code types}
	 */
	public static ServicePoints toEngine(List<ServicePoint> points, List<String> types) {
		int n = points.size();
		int[] type = new int[n];
		double[] x = new double[n];
		double[] y = new double[n];
		List<String> index = new ArrayList<>(types);
		for (int i = 0; i < n; i++) {
			ServicePoint point = points.get(i);
			type[i] = index.indexOf(point.type());
			if (type[i] < 0) {
				throw new IllegalArgumentException("service point " + point.id() + " has type " + point.type()
						+ ", which is not among " + types);
			}
			x[i] = point.x();
			y[i] = point.y();
		}
		return new ServicePoints(types.size(), type, x, y);
	}
}
