package se.regionrum.analysis.dataset;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Role;

/**
 * Who may do what in the analysis module: every signed-in user reads analyses; administrators and
 * editors (of any organisation: the data belong to the region's shared knowledge base) start runs
 * and import data.
 */
@Component
public class AnalysisAccess {

	private final Permissions permissions;

	AnalysisAccess(Permissions permissions) {
		this.permissions = permissions;
	}

	public CurrentUser requireReader() {
		return permissions.requireSignedIn();
	}

	public boolean mayAnalyse() {
		return permissions.current().map(AnalysisAccess::analyst).orElse(false);
	}

	/** Whether the current user administers the platform, and so may read technical failure details. */
	public boolean isAdministrator() {
		return permissions.current().map(CurrentUser::isAdmin).orElse(false);
	}

	public CurrentUser requireAnalyst() {
		CurrentUser user = permissions.requireSignedIn();
		if (!analyst(user)) {
			throw new AccessDeniedException("Only administrators and editors start analyses and import data");
		}
		return user;
	}

	private static boolean analyst(CurrentUser user) {
		return user.isAdmin() || user.role() == Role.EDITOR;
	}

}
