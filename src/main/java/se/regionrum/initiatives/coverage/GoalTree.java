package se.regionrum.initiatives.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import se.regionrum.strategy.GoalRef;

/**
 * A strategy's goal hierarchy with, for every goal, itself and its ancestors: joined in SQL as an
 * inline table, it lets one grouped query count each initiative once under every goal above the
 * goals it is linked to.
 */
public final class GoalTree {

	private final List<GoalRef> goals;

	private final Map<Long, Integer> depth = new HashMap<>();

	private final List<long[]> pairs = new ArrayList<>();

	public GoalTree(List<GoalRef> goals) {
		this.goals = List.copyOf(goals);
		Map<Long, GoalRef> byId = new HashMap<>();
		goals.forEach(g -> byId.put(g.id(), g));
		for (GoalRef goal : goals) {
			int d = 0;
			GoalRef current = goal;
			while (current != null) {
				pairs.add(new long[] { goal.id(), current.id() });
				current = current.parentId() == null ? null : byId.get(current.parentId());
				if (current != null) {
					d++;
				}
			}
			depth.put(goal.id(), d);
		}
	}

	public List<GoalRef> goals() {
		return goals;
	}

	public boolean isEmpty() {
		return goals.isEmpty();
	}

	public int depth(long goalId) {
		return depth.getOrDefault(goalId, 0);
	}

	public List<Long> ids() {
		return goals.stream().map(GoalRef::id).toList();
	}

	/** {@code (values (goal, ancestor), …) as alias(goal_id, ancestor_id)}; ids are numbers we made, never user text. */
	public String valuesTable(String alias) {
		StringJoiner values = new StringJoiner(", ", "(values ", ") as " + alias + "(goal_id, ancestor_id)");
		for (long[] pair : pairs) {
			values.add("(" + pair[0] + ", " + pair[1] + ")");
		}
		return values.toString();
	}

}
