package se.regionrum.initiatives.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.regionrum.strategy.GoalRef;

/**
 * A strategy's goal hierarchy with, for every goal, the bits of itself and the goals above it:
 * or-ing them over an initiative's goal links gives each goal the initiative counts under, once.
 */
public final class GoalTree {

	private final List<GoalRef> goals;

	private final Map<Long, Integer> depth = new HashMap<>();

	public GoalTree(List<GoalRef> goals) {
		this.goals = List.copyOf(goals);
		Map<Long, GoalRef> byId = new HashMap<>();
		goals.forEach(g -> byId.put(g.id(), g));
		for (GoalRef goal : goals) {
			int d = 0;
			GoalRef current = goal.parentId() == null ? null : byId.get(goal.parentId());
			while (current != null) {
				d++;
				current = current.parentId() == null ? null : byId.get(current.parentId());
			}
			depth.put(goal.id(), d);
		}
	}

	/** The position of each goal in {@link #goals()}. */
	public Map<Long, Integer> index() {
		Map<Long, Integer> index = new HashMap<>();
		for (int g = 0; g < goals.size(); g++) {
			index.put(goals.get(g).id(), g);
		}
		return index;
	}

	/** Bits (by position in {@link #goals()}) of each goal and every goal above it. */
	public long[][] lifted() {
		Map<Long, Integer> index = index();
		int words = words();
		long[][] lifted = new long[goals.size()][];
		for (int g = 0; g < goals.size(); g++) {
			long[] bits = new long[words];
			GoalRef current = goals.get(g);
			while (current != null) {
				int i = index.get(current.id());
				bits[i >> 6] |= 1L << (i & 63);
				current = current.parentId() == null || !index.containsKey(current.parentId()) ? null
						: goals.get(index.get(current.parentId()));
			}
			lifted[g] = bits;
		}
		return lifted;
	}

	public int words() {
		return (goals.size() + 63) / 64;
	}

	public static void forEachBit(long[] bits, java.util.function.IntConsumer action) {
		for (int w = 0; w < bits.length; w++) {
			long word = bits[w];
			while (word != 0) {
				action.accept(w * 64 + Long.numberOfTrailingZeros(word));
				word &= word - 1;
			}
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

}
