package se.regionrum.strategy;

/**
 * A goal as other modules see it.
 *
 * @param code the goal's number within its strategy, e.g. "1.2"
 * @param parentId the goal area or goal above it; {@code null} for a goal area
 * @param retired retired goals keep their history and links but take no new ones
 */
public record GoalRef(long id, long strategyId, String strategyName, GoalLevel level, Long parentId, String code,
		String title, boolean retired) {

	/** "1.2 Title", as lists and selects show a goal. */
	public String label() {
		return code == null || code.isBlank() ? title : code + " " + title;
	}

}
