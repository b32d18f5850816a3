package se.regionrum.analysis.dataset;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Transforms between WGS84 (longitude, latitude) and SWEREF 99 TM (EPSG:3006), the planar system
 * of the analysis data. Proj4j transforms keep state while they work, so each thread has its own.
 */
public final class Sweref {

	private static final ThreadLocal<CoordinateTransform[]> TRANSFORMS = ThreadLocal.withInitial(() -> {
		CRSFactory crs = new CRSFactory();
		CoordinateReferenceSystem wgs84 = crs.createFromName("EPSG:4326");
		CoordinateReferenceSystem sweref = crs.createFromName("EPSG:3006");
		CoordinateTransformFactory factory = new CoordinateTransformFactory();
		return new CoordinateTransform[] { factory.createTransform(wgs84, sweref), factory.createTransform(sweref, wgs84) };
	});

	private Sweref() {
	}

	/** {x, y} in SWEREF 99 TM of a WGS84 place. */
	public static double[] fromWgs84(double longitude, double latitude) {
		ProjCoordinate out = new ProjCoordinate();
		TRANSFORMS.get()[0].transform(new ProjCoordinate(longitude, latitude), out);
		return new double[] { out.x, out.y };
	}

	/** {longitude, latitude} of a SWEREF 99 TM place. */
	public static double[] toWgs84(double x, double y) {
		ProjCoordinate out = new ProjCoordinate();
		TRANSFORMS.get()[1].transform(new ProjCoordinate(x, y), out);
		return new double[] { out.x, out.y };
	}

	/** A copy of a WGS84 geometry in SWEREF 99 TM. */
	public static Geometry fromWgs84(Geometry wgs84) {
		Geometry copy = wgs84.copy();
		copy.apply(new CoordinateSequenceFilter() {
			@Override
			public void filter(CoordinateSequence seq, int i) {
				double[] xy = fromWgs84(seq.getX(i), seq.getY(i));
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

}
