package se.regionrum.strategy.goal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/** The strategy module's look-up of goals for other modules. */
@Component
class GoalsAdapter implements Goals {

	private final GoalQueries queries;

	GoalsAdapter(GoalQueries queries) {
		this.queries = queries;
	}

	@Override
	public Optional<GoalRef> find(long goalId) {
		return queries.find(goalId);
	}

	@Override
	public Map<Long, GoalRef> findAll(Collection<Long> goalIds) {
		return queries.findAll(goalIds);
	}

	@Override
	public List<GoalRef> regionalStrategyGoals() {
		return queries.regionalStrategyGoals();
	}

	@Override
	public List<GoalRef> ofStrategy(long strategyId) {
		return queries.ofStrategy(strategyId);
	}

}
