package se.regionrum.actors.boundary;

import java.time.Instant;

/** A municipality of the register with its boundary (GeoJSON geometry text), if one is imported. */
public record MunicipalityRow(long id, String name, String scbCode, Integer population, Integer populationYear,
		String centralTown, Double townLatitude, Double townLongitude, String geometry, String source,
		Instant importedAt) {

	public boolean hasBoundary() {
		return geometry != null;
	}

	public boolean hasTown() {
		return townLatitude != null && townLongitude != null;
	}

}
