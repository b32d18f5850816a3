package se.regionrum.strategy.consultation;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.strategy.ConsultationFigures;
import se.regionrum.strategy.GoalConsensus;

/** Consultation figures for other modules' follow-up pages, one query per method. */
@Component
class ConsultationFiguresAdapter implements ConsultationFigures {

	private final ConsultationQueries queries;

	ConsultationFiguresAdapter(ConsultationQueries queries) {
		this.queries = queries;
	}

	@Override
	public Map<Long, GoalConsensus> consensusOfGoals(Collection<Long> goalIds) {
		return queries.consensusOfGoals(goalIds);
	}

	@Override
	public Map<Long, Integer> responsesByOrganisation() {
		return queries.responsesByOrganisation();
	}

}
