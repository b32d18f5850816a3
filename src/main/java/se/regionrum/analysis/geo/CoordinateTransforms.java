package se.regionrum.analysis.geo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.UnknownAuthorityCodeException;
import org.locationtech.proj4j.UnsupportedParameterException;

/**
 * Coordinate transforms into and out of SWEREF 99 TM (EPSG:3006), the planar metres every engine
 * coordinate is in. Coordinate systems are looked up once per EPSG code and cached; proj4j's
 * transform objects keep scratch state, so each {@link PlanarTransform} belongs to one thread and
 * the static conversions keep one per thread.
 */
public final class CoordinateTransforms {

	public static final int SWEREF99_TM = 3006;
	public static final int WGS84 = 4326;

	private static final CRSFactory CRS = new CRSFactory();
	private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();
	private static final Map<Integer, CoordinateReferenceSystem> SYSTEMS = new ConcurrentHashMap<>();

	private static final ThreadLocal<PlanarTransform> FROM_WGS84 = ThreadLocal
		.withInitial(() -> between(WGS84, SWEREF99_TM));
	private static final ThreadLocal<PlanarTransform> TO_WGS84 = ThreadLocal
		.withInitial(() -> between(SWEREF99_TM, WGS84));

	private CoordinateTransforms() {
	}

	/** WGS84 longitude and latitude (degrees) to SWEREF 99 TM {@code {x, y}} (east, north). */
	public static double[] wgs84ToSweref99(double lon, double lat) {
		return FROM_WGS84.get().apply(lon, lat);
	}

	/** SWEREF 99 TM {@code x, y} to WGS84 {@code {lon, lat}}. */
	public static double[] sweref99ToWgs84(double x, double y) {
		return TO_WGS84.get().apply(x, y);
	}

	/** A copy of a WGS84 geometry (longitude, latitude) in SWEREF 99 TM. */
	public static Geometry wgs84ToSweref99(Geometry wgs84) {
		Geometry copy = wgs84.copy();
		copy.apply(new CoordinateSequenceFilter() {
			@Override
			public void filter(CoordinateSequence seq, int i) {
				double[] xy = wgs84ToSweref99(seq.getX(i), seq.getY(i));
				seq.setOrdinate(i, Coordinate.X, xy[0]);
				seq.setOrdinate(i, Coordinate.Y, xy[1]);
			}

			@Override
			public boolean isDone() {
				return false;
			}

			@Override
			public boolean isGeometryChanged() {
				return true;
			}
		});
		return copy;
	}

	/**
	 * A transform from the given EPSG code to SWEREF 99 TM, for one thread at a time.
	 *
	 * @throws IllegalArgumentException when proj4j knows no such EPSG code
	 */
	public static PlanarTransform toSweref99(int epsg) {
		return between(epsg, SWEREF99_TM);
	}

	/** Whether proj4j knows the code, so that readers can report an unknown CRS as a problem. */
	public static boolean known(int epsg) {
		try {
			system(epsg);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	public static PlanarTransform between(int fromEpsg, int toEpsg) {
		if (fromEpsg == toEpsg) {
			return (x, y) -> new double[] { x, y };
		}
		CoordinateTransform transform = TRANSFORMS.createTransform(system(fromEpsg), system(toEpsg));
		ProjCoordinate in = new ProjCoordinate();
		ProjCoordinate out = new ProjCoordinate();
		return (x, y) -> {
			in.x = x;
			in.y = y;
			transform.transform(in, out);
			return new double[] { out.x, out.y };
		};
	}

	private static CoordinateReferenceSystem system(int epsg) {
		return SYSTEMS.computeIfAbsent(epsg, code -> {
			try {
				return CRS.createFromName("EPSG:" + code);
			}
			catch (UnknownAuthorityCodeException | UnsupportedParameterException ex) {
				throw new IllegalArgumentException("unknown coordinate system EPSG:" + code, ex);
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("coordinate system EPSG:" + code + " cannot be used: " + ex.getMessage(), ex);
			}
		});
	}

	/** One coordinate transform; not safe to share between threads. */
	@FunctionalInterface
	public interface PlanarTransform {
		/** {@code {x, y}} in the target system (longitude first for geographic systems). */
		double[] apply(double x, double y);
	}
}
