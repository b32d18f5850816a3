package se.regionrum.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Look-ups of strategy goals for other modules. Read-only. */
public interface Goals {

	Optional<GoalRef> find(long goalId);

	/** The goals with the given ids, by id, in one query. */
	Map<Long, GoalRef> findAll(Collection<Long> goalIds);

	/**
	 * The goal hierarchy of the region's current regional development strategy (the adopted one,
	 * else the newest), in display order: each goal area followed by its goals and priorities.
	 */
	List<GoalRef> regionalStrategyGoals();

	/** The whole hierarchy of one strategy, in display order. */
	List<GoalRef> ofStrategy(long strategyId);

}
