package se.regionrum.analysis.location;

/**
 * Where new service points of one type help most: the gain of a point at every candidate site, and
 * the best {@code k} new sites for an objective. The location analysis talks to its solver through
 * this interface only, implemented by {@link EngineLocationSolver}.
 */
public interface LocationSolver {

	/**
	 * Solves the problem, reporting progress (0–100) as it goes.
	 *
	 * @throws IllegalArgumentException when the problem is inconsistent
	 */
	LocationSolution solve(LocationProblem problem, Progress progress);

	/** Told how far the solver has come, in percent; may throw to stop it. */
	@FunctionalInterface
	interface Progress {

		void percent(int done);

		Progress NONE = done -> {
		};

	}

}
