package se.regionrum.strategy.strategy;

import java.time.LocalDate;
import java.util.List;

import se.regionrum.strategy.GoalLevel;

/**
 * What the strategy's page shows: the strategy with its owner, revisions, goal tree and
 * consultations, read by {@link StrategyQueries#view} (the goal and consultation features are not
 * asked, so that they may depend on this one and not the other way round).
 *
 * @param revisionOf the strategy this one revises, if the current user may see it
 * @param revisions the revisions of this strategy the current user may see, newest first
 * @param goals the goal areas with the goals and priorities below them, retired ones included
 * @param consultations the consultations on the strategy, newest first
 */
public record StrategyView(Strategy strategy, String ownerName, boolean canEdit, Strategy revisionOf,
		List<Strategy> revisions, List<GoalItem> goals, List<ConsultationItem> consultations) {

	/**
	 * A goal in its place in the tree (the shape the goal tree fragment reads).
	 *
	 * @param first first among its siblings (cannot move up)
	 * @param last last among its siblings (cannot move down)
	 * @param municipalities names of the municipalities the goal is tied to, sorted
	 */
	public record GoalItem(GoalLine goal, int depth, boolean first, boolean last, List<String> municipalities,
			List<GoalItem> children) {
	}

	public record GoalLine(long id, GoalLevel level, String code, String title, String description,
			LocalDate retiredOn) {

		public boolean retired() {
			return retiredOn != null;
		}

		/** "1.2 Title", as lists show a goal. */
		public String label() {
			return code == null || code.isBlank() ? title : code + " " + title;
		}

	}

	/** A consultation in the strategy's list; its phase is UPCOMING, OPEN or CLOSED on the day it was read. */
	public record ConsultationItem(long id, String title, String phase, LocalDate opensOn, LocalDate closesOn) {
	}

}
