package se.regionrum.platform;

import java.io.Serializable;

/**
 * The signed-in user as the other modules see it. Serializable because the signed-in principal
 * holding it is stored in the session table, where any application server reads it back.
 *
 * @param organisationId the organisation an editor is scoped to; {@code null} for others
 */
public record CurrentUser(long id, String username, String displayName, Role role, Long organisationId)
		implements Serializable {

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** Administrators edit every organisation's data; editors only their own; readers none. */
	public boolean canEdit(Long owningOrganisationId) {
		if (isAdmin()) {
			return true;
		}
		return role == Role.EDITOR && organisationId != null && organisationId.equals(owningOrganisationId);
	}

}
