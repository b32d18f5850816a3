package se.regionrum.indicators.flow;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Role;

/**
 * Who may change the commuting flows: administrators and editors of any organisation, since the flows
 * are part of the region's shared knowledge base (as analysis data are). Everyone reads them.
 */
@Component
class FlowAccess {

	private final Permissions permissions;

	FlowAccess(Permissions permissions) {
		this.permissions = permissions;
	}

	boolean mayImport() {
		return permissions.current().map(FlowAccess::importer).orElse(false);
	}

	CurrentUser requireImporter() {
		CurrentUser user = permissions.requireSignedIn();
		if (!importer(user)) {
			throw new AccessDeniedException("Only administrators and editors import commuting flows");
		}
		return user;
	}

	private static boolean importer(CurrentUser user) {
		return user.isAdmin() || user.role() == Role.EDITOR;
	}

}
