package se.regionrum.actors;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * The municipalities of the register with their boundaries, for modules that place things in
 * municipalities (the analysis module assigns grid cells and service points by point in polygon).
 * Read-only; no permission needed. Geometries are WGS84 (longitude, latitude), as imported.
 */
public interface MunicipalityBoundaries {

	/** Every municipality of the register, by name; boundary and town are {@code null} where unknown. */
	List<Municipality> municipalities();

	/**
	 * A municipality as other modules see it.
	 *
	 * @param boundary WGS84 polygon or multipolygon, or {@code null} when no boundary is imported
	 * @param townLatitude the central town's place, or {@code null}
	 * @param population the latest population in the register, or {@code null}
	 */
	record Municipality(long id, String name, String scbCode, Geometry boundary, String centralTown,
			Double townLatitude, Double townLongitude, Integer population) {

		public boolean hasBoundary() {
			return boundary != null;
		}

		public boolean hasTown() {
			return townLatitude != null && townLongitude != null;
		}

	}

}
