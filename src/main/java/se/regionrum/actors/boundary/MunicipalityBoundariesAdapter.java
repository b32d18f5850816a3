package se.regionrum.actors.boundary;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.stereotype.Component;

import se.regionrum.actors.MunicipalityBoundaries;

/** The stored boundaries, parsed, for other modules. */
@Component
class MunicipalityBoundariesAdapter implements MunicipalityBoundaries {

	private final BoundaryQueries queries;

	MunicipalityBoundariesAdapter(BoundaryQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<Municipality> municipalities() {
		GeoJsonReader reader = new GeoJsonReader(new GeometryFactory(new PrecisionModel(), 4326));
		return queries.municipalities()
			.stream()
			.map(m -> new Municipality(m.id(), m.name(), m.scbCode(), parse(reader, m), m.centralTown(),
					m.townLatitude(), m.townLongitude(), m.population()))
			.toList();
	}

	private static Geometry parse(GeoJsonReader reader, MunicipalityRow m) {
		if (!m.hasBoundary()) {
			return null;
		}
		try {
			return reader.read(m.geometry());
		}
		catch (ParseException ex) {
			// Stored boundaries were checked at import; one that no longer parses is treated as missing.
			return null;
		}
	}

}
