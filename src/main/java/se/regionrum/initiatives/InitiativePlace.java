package se.regionrum.initiatives;

import java.util.List;

/**
 * An initiative placed on a map: its own point (for a drawn area, a point inside it), or none when
 * it is placed by whole municipalities, which are then listed (organisation ids).
 */
public record InitiativePlace(long id, String title, InitiativeStatus status, Double latitude, Double longitude,
		List<Long> municipalityIds) {

	public InitiativePlace {
		municipalityIds = List.copyOf(municipalityIds);
	}

	public boolean hasPoint() {
		return latitude != null && longitude != null;
	}

}
