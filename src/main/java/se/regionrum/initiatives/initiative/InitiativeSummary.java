package se.regionrum.initiatives.initiative;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import se.regionrum.initiatives.InitiativeLevel;
import se.regionrum.initiatives.InitiativeStatus;

/** A row of the initiative list, with its owner and municipalities named and its open obstacles and funding counted. */
public record InitiativeSummary(long id, String title, InitiativeStatus status, InitiativeLevel level,
		long ownerOrganisationId, String ownerName, List<String> municipalityNames, Set<Theme> themes,
		boolean practiceCase, boolean pilotProject, boolean published, long openObstacles, long granted,
		Instant updatedAt) {
}
