package se.regionrum.initiatives;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Figures of initiatives for other modules' follow-up pages (goal dashboards, municipal engagement).
 * Only initiatives the current user may see count (anonymous visitors: published ones). Each method is
 * one query whatever the number of goals or municipalities.
 */
public interface InitiativeFigures {

	/** The links of the given goals to initiatives, with each initiative's status. */
	List<GoalInitiative> linksOfGoals(Collection<Long> goalIds);

	/** The funding (kronor, all years) of every initiative linked to any of the given goals, by initiative id. */
	Map<Long, Funding> fundingOfGoalInitiatives(Collection<Long> goalIds);

	/** Per municipality (organisation id): the initiatives that concern it, and the practice cases among them. */
	Map<Long, MunicipalityFigures> byMunicipality();

	record GoalInitiative(long goalId, long initiativeId, InitiativeStatus status) {
	}

	record Funding(long applied, long granted, long spent) {

		public static final Funding NONE = new Funding(0, 0, 0);

		public Funding plus(Funding other) {
			return new Funding(applied + other.applied, granted + other.granted, spent + other.spent);
		}

	}

	record MunicipalityFigures(int initiatives, int practiceCases) {
	}

}
