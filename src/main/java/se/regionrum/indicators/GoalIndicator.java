package se.regionrum.indicators;

/**
 * An indicator's link to a strategy goal, with the goal's target for it, when one is set.
 *
 * @param targetValue the value the goal aims at, in the indicator's unit; {@code null} for none
 * @param targetYear the year by which the target should be met; {@code null} for none
 */
public record GoalIndicator(long indicatorId, long goalId, Double targetValue, Integer targetYear) {

	public boolean hasTarget() {
		return targetValue != null;
	}

}
