package se.regionrum.strategy.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A hierarchy built from items that name their parent: each item's node with the nodes of its children. */
public final class Tree {

	private Tree() {
	}

	/** Makes an item's node, given its depth, its place among its siblings and its children's nodes. */
	@FunctionalInterface
	public interface NodeMaker<T, N> {

		N node(T item, int depth, boolean first, boolean last, List<N> children);

	}

	/** The nodes of the items without a parent (null), each with those below it; siblings in the given order. */
	public static <T, N> List<N> roots(Collection<T> items, Function<T, Long> id, Function<T, Long> parentId,
			Comparator<? super T> siblingOrder, NodeMaker<T, N> maker) {
		Map<Long, List<T>> children = new HashMap<>();
		for (T item : items) {
			children.computeIfAbsent(parentId.apply(item), k -> new ArrayList<>()).add(item);
		}
		children.values().forEach(list -> list.sort(siblingOrder));
		return nodes(null, 0, children, id, maker);
	}

	/** The items in display order: each followed by those below it, siblings in the given order; rows know their depth. */
	public static <T, R> List<R> depthFirst(Collection<T> items, Function<T, Long> id, Function<T, Long> parentId,
			Comparator<? super T> siblingOrder, BiFunction<T, Integer, R> row) {
		List<R> rows = new ArrayList<>();
		roots(items, id, parentId, siblingOrder, (T item, int depth, boolean first, boolean last, List<List<R>> children) -> {
			List<R> below = new ArrayList<>();
			below.add(row.apply(item, depth));
			children.forEach(below::addAll);
			return below;
		}).forEach(rows::addAll);
		return rows;
	}

	private static <T, N> List<N> nodes(Long parent, int depth, Map<Long, List<T>> children, Function<T, Long> id,
			NodeMaker<T, N> maker) {
		List<T> siblings = children.getOrDefault(parent, List.of());
		List<N> nodes = new ArrayList<>();
		for (int i = 0; i < siblings.size(); i++) {
			T item = siblings.get(i);
			nodes.add(maker.node(item, depth, i == 0, i == siblings.size() - 1,
					nodes(id.apply(item), depth + 1, children, id, maker)));
		}
		return nodes;
	}

}
