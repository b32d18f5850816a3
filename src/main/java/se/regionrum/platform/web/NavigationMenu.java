package se.regionrum.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;

/**
 * The main navigation as the layout draws it: the modules' items under their groups, in order,
 * with the one item that owns the current page marked.
 */
final class NavigationMenu {

	/** One group of the menu; {@code current} when it holds the current page's item. */
	record Group(NavigationGroup group, String id, List<Link> links, boolean current) {
	}

	/** One link of the menu. */
	record Link(NavigationItem item, boolean current) {
	}

	private final List<NavigationItem> items;

	NavigationMenu(List<NavigationItem> items) {
		this.items = items.stream()
			.sorted(Comparator.comparingInt((NavigationItem item) -> item.group().order())
				.thenComparingInt(NavigationItem::order))
			.toList();
	}

	List<Group> groups(boolean signedIn, String currentPath) {
		List<NavigationItem> visible = items.stream().filter(item -> signedIn || !item.signedInOnly()).toList();
		NavigationItem current = currentItem(visible, currentPath);
		Map<NavigationGroup, List<Link>> byGroup = new LinkedHashMap<>();
		for (NavigationItem item : visible) {
			byGroup.computeIfAbsent(item.group(), g -> new java.util.ArrayList<>()).add(new Link(item, item == current));
		}
		return byGroup.entrySet().stream().map(entry -> new Group(entry.getKey(), groupId(entry.getKey()),
				List.copyOf(entry.getValue()), entry.getValue().stream().anyMatch(Link::current))).toList();
	}

	/**
	 * The item with the longest path that the current path starts with, on a segment boundary:
	 * {@code /indicators/flows/import} belongs to the flows, not to the indicators, and
	 * {@code /mapsomething} to neither {@code /map} nor {@code /maps}.
	 */
	static NavigationItem currentItem(List<NavigationItem> items, String currentPath) {
		if (currentPath == null) {
			return null;
		}
		NavigationItem best = null;
		for (NavigationItem item : items) {
			String path = item.path();
			boolean owns = currentPath.equals(path) || currentPath.startsWith(path.endsWith("/") ? path : path + "/");
			if (owns && (best == null || path.length() > best.path().length())) {
				best = item;
			}
		}
		return best;
	}

	/** A stable id for the group's list, from its message key ("layout.nav.group.actors" → "nav-actors"). */
	private static String groupId(NavigationGroup group) {
		String key = group.messageKey();
		return "nav-" + key.substring(key.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9-]", "-");
	}

}
