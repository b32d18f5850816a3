package se.regionrum.strategy.strategy;

import org.springframework.stereotype.Component;

import se.regionrum.strategy.Strategies;
import se.regionrum.strategy.StrategyRef;

/** The strategy module's look-up of strategies for other modules; visibility as on the strategy pages. */
@Component
class StrategiesAdapter implements Strategies {

	private final StrategyService service;

	StrategiesAdapter(StrategyService service) {
		this.service = service;
	}

	@Override
	public StrategyRef visible(long strategyId) {
		Strategy s = service.getVisible(strategyId);
		return new StrategyRef(s.id(), s.name(), s.kind(), s.ownerOrganisationId(), s.periodStart(), s.periodEnd(),
				s.status(), s.published());
	}

}
