package se.regionrum.indicators.indicator;

/**
 * One goal link of an indicator as typed: the goal, and optionally the value the goal aims at and the
 * year by which. A row without a goal is left out (the page offers a few empty rows).
 */
public class GoalLinkForm {

	private Long goalId;

	private Double targetValue;

	private Integer targetYear;

	public GoalLinkForm() {
	}

	public GoalLinkForm(Long goalId, Double targetValue, Integer targetYear) {
		this.goalId = goalId;
		this.targetValue = targetValue;
		this.targetYear = targetYear;
	}

	boolean empty() {
		return goalId == null && targetValue == null && targetYear == null;
	}

	public Long getGoalId() {
		return goalId;
	}

	public void setGoalId(Long goalId) {
		this.goalId = goalId;
	}

	public Double getTargetValue() {
		return targetValue;
	}

	public void setTargetValue(Double targetValue) {
		this.targetValue = targetValue;
	}

	public Integer getTargetYear() {
		return targetYear;
	}

	public void setTargetYear(Integer targetYear) {
		this.targetYear = targetYear;
	}

}
