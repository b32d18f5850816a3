package se.regionrum.indicators.flow;

import java.util.List;

import org.springframework.stereotype.Component;

import se.regionrum.indicators.CommutingFlow;
import se.regionrum.indicators.CommutingFlows;
import se.regionrum.indicators.Gender;

/** The module's {@link CommutingFlows} API, answered by {@link FlowQueries}. */
@Component
class CommutingFlowsAdapter implements CommutingFlows {

	private final FlowQueries queries;

	CommutingFlowsAdapter(FlowQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<Integer> years() {
		return queries.years();
	}

	@Override
	public List<CommutingFlow> flows(int year, Gender gender, int minPersons) {
		return queries.flows(year, gender, minPersons);
	}

}
