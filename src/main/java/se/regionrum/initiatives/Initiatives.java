package se.regionrum.initiatives;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may do with initiatives. Permission rules are the same as on the pages. */
public interface Initiatives {

	/** The initiative, if it exists and the current user may see it (anonymous visitors: published only). */
	Optional<InitiativeRef> find(long id);

	/**
	 * Creates an initiative from a draft captured elsewhere (a meeting note, an interview), keeping
	 * the reference to its origin. The current user must be an administrator or an editor of the
	 * owner organisation. Publishes {@link InitiativeCreated}.
	 */
	InitiativeRef create(InitiativeDraft draft);

	/** The initiatives that came from the given origin, e.g. all taken up from one meeting note. */
	List<InitiativeRef> fromOrigin(String originKind, long originId);

	/** The initiatives with the given ids that the current user may see, by id. */
	Map<Long, InitiativeRef> findAll(Collection<Long> ids);

	/** Every initiative the current user may see, by title, e.g. to link as a programme's outcome. */
	List<InitiativeRef> choosable();

	/**
	 * Figures of the given initiatives for a follow-up report: how many have started (moved past
	 * the idea stage), how many of their obstacles are removed, and the funding granted (kronor).
	 */
	OutcomeFigures figures(Collection<Long> ids);

	/**
	 * The initiatives the current user may see that match the filter (each part optional; a goal
	 * includes the goals and priorities below it), with their places, by title; for maps.
	 */
	List<InitiativePlace> places(InitiativeStatus status, Long goalId, Long municipalityId);

	record OutcomeFigures(int initiatives, int started, int obstaclesRemoved, long fundingGranted) {
	}

}
