/**
 * Users, roles and organisation scope, security, the audit log, i18n, layout and
 * helpers the other modules share (paging, CSV export).
 * <p>
 * The types in this package are the API; other modules never reach into sub-packages.
 * Other modules plug into the layout and the start page by declaring
 * {@link se.regionrum.platform.NavigationItem} and {@link se.regionrum.platform.StartPageSection} beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
		allowedDependencies = {})
package se.regionrum.platform;
