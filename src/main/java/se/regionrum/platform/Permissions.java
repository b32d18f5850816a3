package se.regionrum.platform;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where services ask who is acting and whether they may. Checks run in the
 * services, so pages and the REST API share them.
 */
@Component
public class Permissions {

	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof RegionrumPrincipal principal) {
			return Optional.of(principal.currentUser());
		}
		return Optional.empty();
	}

	public boolean isSignedIn() {
		return current().isPresent();
	}

	public boolean isAdmin() {
		return current().map(CurrentUser::isAdmin).orElse(false);
	}

	public boolean canEdit(Long owningOrganisationId) {
		return current().map(user -> user.canEdit(owningOrganisationId)).orElse(false);
	}

	public CurrentUser requireSignedIn() {
		return current().orElseThrow(() -> new AccessDeniedException("Sign-in required"));
	}

	public CurrentUser requireAdmin() {
		CurrentUser user = requireSignedIn();
		if (!user.isAdmin()) {
			throw new AccessDeniedException("Administrator role required");
		}
		return user;
	}

	/** Throws unless the current user may change data owned by the given organisation. */
	public CurrentUser requireEditorOf(Long owningOrganisationId) {
		CurrentUser user = requireSignedIn();
		if (!user.canEdit(owningOrganisationId)) {
			throw new AccessDeniedException("Not allowed to change data of organisation " + owningOrganisationId);
		}
		return user;
	}

	/** The name written to the audit log for the acting user, or "system" for start-up jobs. */
	public String actorName() {
		return current().map(CurrentUser::username).orElse("system");
	}

}
