package se.regionrum.strategy;

import java.util.Collection;
import java.util.Map;

/**
 * Figures from the consultations (remiss) for other modules' follow-up pages. Each method is one query
 * whatever the number of goals or organisations.
 */
public interface ConsultationFigures {

	/**
	 * Per goal, the stances in the latest consultation that included the goal; goals never consulted on
	 * are left out.
	 */
	Map<Long, GoalConsensus> consensusOfGoals(Collection<Long> goalIds);

	/** Per organisation, how many consultation responses it has given (organisations with none are left out). */
	Map<Long, Integer> responsesByOrganisation();

}
