package se.regionrum.strategy.goal;

import java.util.List;

/**
 * A goal in its place in the tree, as the strategy page shows it.
 *
 * @param depth 0 for a goal area, 1 below it, 2 below that
 * @param first first among its siblings (cannot move up)
 * @param last last among its siblings (cannot move down)
 * @param municipalities names of the municipalities the goal is tied to
 * @param children the goals right below it, in order
 */
public record GoalNode(Goal goal, int depth, boolean first, boolean last, List<String> municipalities,
		List<Long> municipalityIds, List<GoalNode> children) {

	/** This node and all below it, depth first. */
	public void flattenInto(List<GoalNode> into) {
		into.add(this);
		children.forEach(child -> child.flattenInto(into));
	}

}
