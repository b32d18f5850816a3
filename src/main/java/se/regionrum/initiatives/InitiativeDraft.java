package se.regionrum.initiatives;

import java.util.Set;

/**
 * A new initiative captured elsewhere, e.g. from a meeting note. It starts as an idea and is not
 * published until its owner publishes it.
 *
 * @param municipalityIds the municipalities it concerns, at least one (its place until someone sets a point or area)
 * @param goalIds strategy goals it serves; may be empty
 */
public record InitiativeDraft(String title, String description, long ownerOrganisationId, InitiativeLevel level,
		Set<Long> municipalityIds, Set<Long> goalIds, InitiativeOrigin origin) {
}
