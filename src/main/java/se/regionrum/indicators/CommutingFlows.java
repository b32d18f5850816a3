package se.regionrum.indicators;

import java.util.List;

/** Commuting flows between areas, for maps and follow-up pages. Read-only; one query per method. */
public interface CommutingFlows {

	/** The years that have flows, ascending. */
	List<Integer> years();

	/**
	 * The flows of a year and gender with at least {@code minPersons} people, largest first. Flows
	 * within one area (people who live and work in the same municipality) are left out.
	 */
	List<CommutingFlow> flows(int year, Gender gender, int minPersons);

}
