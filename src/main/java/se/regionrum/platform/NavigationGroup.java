package se.regionrum.platform;

/**
 * A heading of the main navigation under which modules put their {@link NavigationItem}s: on wide
 * screens a menu of its own, on phones a section of the menu. The constants are the groups of
 * today's modules; a new module may declare its own group (items with equal groups share one).
 *
 * @param messageKey label in the message bundles
 * @param order lower first
 */
public record NavigationGroup(String messageKey, int order) {

	public static final NavigationGroup ACTORS = new NavigationGroup("layout.nav.group.actors", 10);

	public static final NavigationGroup STRATEGY = new NavigationGroup("layout.nav.group.strategy", 20);

	public static final NavigationGroup INITIATIVES = new NavigationGroup("layout.nav.group.initiatives", 30);

	public static final NavigationGroup DIALOGUE = new NavigationGroup("layout.nav.group.dialogue", 40);

	public static final NavigationGroup ANALYSIS = new NavigationGroup("layout.nav.group.analysis", 50);

	public static final NavigationGroup INDICATORS = new NavigationGroup("layout.nav.group.indicators", 60);

	public static final NavigationGroup FOLLOWUP = new NavigationGroup("layout.nav.group.followup", 70);

}
