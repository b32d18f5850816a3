package se.regionrum.initiatives;

/**
 * What other modules may do with obstacles. A separate interface from {@link Initiatives} because
 * obstacles are owned by the obstacle service, which itself depends on the initiative service.
 */
public interface Obstacles {

	/**
	 * Adds an obstacle to an initiative; the current user must be allowed to change the
	 * initiative. Returns the new obstacle's id.
	 *
	 * @throws se.regionrum.platform.InvalidInputException when kind or remover is unknown
	 */
	long addObstacle(long initiativeId, ObstacleDraft draft);

}
