package se.regionrum.followup.dashboard;

import java.util.List;
import java.util.Map;

import se.regionrum.followup.programme.ProgrammeStatus;
import se.regionrum.initiatives.InitiativeFigures.Funding;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.strategy.GoalConsensus;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.StrategyRef;

/**
 * The follow-up of one strategy: per goal area and goal, the linked indicators with their trend, the
 * initiatives by status, their funding, the consultation's consensus and the programmes serving it.
 *
 * @param areaCode the area whose values are shown (the region, Kolada's "00LL"; the country when no
 *        region is known)
 * @param startYear the year trends are measured from: the strategy's first year, else the first year
 *        with a value
 */
public record GoalDashboard(StrategyRef strategy, String areaCode, String areaName, Integer startYear,
		List<AreaSection> areas, Summary summary) {

	/** A goal area and its goals; {@code area} is {@code null} for goals outside every goal area. */
	public record AreaSection(GoalRef area, GoalFollowUp own, List<GoalFollowUp> goals) {
	}

	/**
	 * One goal with what is linked to it or to its priorities.
	 *
	 * @param priorities the goal's long-term priorities, whose links count for the goal
	 * @param consensus the stances on the goal in the latest consultation; {@code null} when never consulted on
	 */
	public record GoalFollowUp(GoalRef goal, List<GoalRef> priorities, List<IndicatorTrend> indicators,
			Map<InitiativeStatus, Integer> initiativesByStatus, int initiatives, Funding funding,
			GoalConsensus consensus, List<ProgrammeLink> programmes) {

		/** Whether anything at all is linked: goal areas without links show no card of their own. */
		public boolean hasLinks() {
			return !indicators.isEmpty() || initiatives > 0 || consensus != null || !programmes.isEmpty();
		}

	}

	public record ProgrammeLink(long id, String name, ProgrammeStatus status) {
	}

	/** Counts over the whole strategy, for the summary at the top of the page. */
	public record Summary(int goals, int indicators, int better, int worse, int unchanged, int unknown,
			int reached, int onTrack, int offTrack, int initiatives, Funding funding) {
	}

}
