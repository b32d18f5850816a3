package se.regionrum.analysis.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.stereotype.Component;

import se.regionrum.actors.MunicipalityBoundaries;
import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.analysis.geo.CoordinateTransforms;

/**
 * Finds the municipality of a place in SWEREF 99 TM by point in polygon against the boundaries the
 * actors module stores: the boundaries, transformed once, sit in an STR tree, so each place tests
 * only the few whose bounding box holds it.
 */
@Component
public class MunicipalityLocator {

	private final MunicipalityBoundaries boundaries;

	private final Organisations organisations;

	MunicipalityLocator(MunicipalityBoundaries boundaries, Organisations organisations) {
		this.boundaries = boundaries;
		this.organisations = organisations;
	}

	/**
	 * The municipalities' names by id, for labelling results; read from the register without the
	 * boundaries, whose GeoJSON is large and not needed for a name.
	 */
	public Map<Long, String> names() {
		Map<Long, String> names = new HashMap<>();
		for (OrganisationRef m : organisations.municipalities()) {
			names.put(m.id(), m.name());
		}
		return names;
	}

	/** Organisation ids of the register's municipalities by their four-digit SCB code. */
	public Map<String, Long> idsByScbCode() {
		Map<String, Long> ids = new HashMap<>();
		for (OrganisationRef m : organisations.municipalities()) {
			if (m.scbCode() != null) {
				ids.put(m.scbCode(), m.id());
			}
		}
		return ids;
	}

	/** Whether any municipality has a boundary: without one, every place is "outside" and that says nothing. */
	public boolean hasBoundaries() {
		return boundaries.municipalities().stream().anyMatch(MunicipalityBoundaries.Municipality::hasBoundary);
	}

	/** A locator over the boundaries as they are now; build one per import, not per place. */
	public Index index() {
		return new Index(boundaries.municipalities());
	}

	/** Municipality ids for many places at once. */
	public static final class Index {

		private final STRtree tree = new STRtree();

		private final GeometryFactory factory = new GeometryFactory();

		private final boolean empty;

		Index(List<MunicipalityBoundaries.Municipality> municipalities) {
			int count = 0;
			for (MunicipalityBoundaries.Municipality m : municipalities) {
				if (m.hasBoundary()) {
					Geometry sweref = CoordinateTransforms.wgs84ToSweref99(m.boundary());
					tree.insert(sweref.getEnvelopeInternal(),
							new Entry(m.id(), PreparedGeometryFactory.prepare(sweref)));
					count++;
				}
			}
			empty = count == 0;
			tree.build();
		}

		/** The municipality holding the place, or 0 when none does. */
		public long locate(double x, double y) {
			if (empty) {
				return 0;
			}
			Point point = factory.createPoint(new Coordinate(x, y));
			for (Object candidate : tree.query(new Envelope(x, x, y, y))) {
				Entry entry = (Entry) candidate;
				if (entry.geometry().covers(point)) {
					return entry.id();
				}
			}
			return 0;
		}

		private record Entry(long id, PreparedGeometry geometry) {
		}

	}

}
