package se.regionrum.strategy;

/** Look-ups of strategies for other modules, with the visibility rules of the strategy pages. */
public interface Strategies {

	/**
	 * The strategy, if the current user may see it: published strategies are public, unpublished ones
	 * need a sign-in (as on the strategy's own page).
	 *
	 * @throws se.regionrum.platform.NotFoundException when there is no such strategy
	 * @throws org.springframework.security.access.AccessDeniedException (or the sign-in prompt) when it is
	 *         not published and the visitor is not signed in
	 */
	StrategyRef visible(long strategyId);

}
