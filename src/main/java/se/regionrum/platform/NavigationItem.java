package se.regionrum.platform;

/**
 * A link in the main navigation, declared as a bean by the module that owns the page.
 *
 * @param group the heading the link is shown under
 * @param messageKey label in the message bundles
 * @param path first path segment the item owns (marks the item current)
 * @param order lower first within its group
 * @param signedInOnly hidden from anonymous visitors
 */
public record NavigationItem(NavigationGroup group, String messageKey, String path, int order, boolean signedInOnly) {
}
